package org.embedcrm.io.csv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.Transactions;

/** Wraps a store and counts the calls of its ports' methods, by {@code Port.method} (e.g. {@code Contacts.search}). */
final class CountingStore {

    private final CrmStore target;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    CountingStore(CrmStore target) {
        this.target = target;
    }

    /** @return the store to build a Crm on; its transactions are the target's own */
    CrmStore store() {
        return (CrmStore) Proxy.newProxyInstance(CrmStore.class.getClassLoader(), new Class<?>[] {CrmStore.class},
                (proxy, method, args) -> {
                    Object port = invoke(target, method, args);
                    if (port instanceof Transactions || !method.getReturnType().isInterface()) {
                        return port;
                    }
                    return counting(method.getReturnType(), port);
                });
    }

    /** @return how many times that method was called since the last {@link #reset()} */
    int calls(String portAndMethod) {
        AtomicInteger count = calls.get(portAndMethod);
        return count == null ? 0 : count.get();
    }

    void reset() {
        calls.clear();
    }

    private Object counting(Class<?> type, Object port) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.computeIfAbsent(type.getSimpleName() + "." + method.getName(), k -> new AtomicInteger())
                    .incrementAndGet();
            return invoke(port, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

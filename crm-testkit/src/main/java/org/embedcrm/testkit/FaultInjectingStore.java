package org.embedcrm.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.embedcrm.core.port.CrmStore;
import org.embedcrm.core.port.Transactions;

/**
 * Wraps a store so that its N-th write (a port method named {@code add*}, {@code update*}, {@code remove*},
 * {@code append*}, {@code reassign*}, {@code save*}, {@code record*} or {@code claim*}) fails, to prove that a command is all or nothing: after the failure nothing of it is stored.
 */
public final class FaultInjectingStore {

    private static final List<String> WRITES = List.of("add", "update", "remove", "append", "reassign", "save",
            "record", "claim");

    private final CrmStore target;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failAt = Integer.MAX_VALUE;

    private FaultInjectingStore(CrmStore target) {
        this.target = target;
    }

    /**
     * @param target the store to wrap; never null
     * @return a fault injector over it; see {@link #store()}
     */
    public static FaultInjectingStore around(CrmStore target) {
        return new FaultInjectingStore(target);
    }

    /** @return the wrapped store to build a Crm on; its transactions are the target's own */
    public CrmStore store() {
        return (CrmStore) Proxy.newProxyInstance(CrmStore.class.getClassLoader(), new Class<?>[] {CrmStore.class},
                (proxy, method, args) -> {
                    Object port = invoke(target, method, args);
                    if (port instanceof Transactions || !method.getReturnType().isInterface()) {
                        return port;
                    }
                    return wrap(method.getReturnType(), port);
                });
    }

    /**
     * @param nth the write to fail, from 1; the count restarts now
     */
    public void failAtWrite(int nth) {
        writes.set(0);
        failAt = nth;
    }

    /** Lets every write through again and restarts the count. */
    public void heal() {
        writes.set(0);
        failAt = Integer.MAX_VALUE;
    }

    /** @return how many writes happened since the last {@link #failAtWrite} or {@link #heal} */
    public int writes() {
        return writes.get();
    }

    private Object wrap(Class<?> type, Object port) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            boolean write = WRITES.stream().anyMatch(name::startsWith);
            if (write && writes.incrementAndGet() == failAt) {
                throw new InjectedFault("injected failure at write " + failAt + " (" + type.getSimpleName() + "."
                        + name + ")");
            }
            return invoke(port, method, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The failure a {@link FaultInjectingStore} injects. */
    public static final class InjectedFault extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InjectedFault(String message) {
            super(message);
        }
    }
}

package org.embedcrm.core.internal.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Wraps a repository port so that its writes are audited: {@code add}, {@code update} and {@code remove} of the
 * aggregate append entries, and every aggregate a read returns is remembered as the state a later update is
 * compared with. Every other call passes through untouched.
 *
 * @param <P> the port
 * @param <A> the aggregate
 */
final class AuditingPort<P, A> {

    private final P target;
    private final AuditedAggregate<P, A> audited;
    private final AuditLog log;

    private AuditingPort(P target, AuditedAggregate<P, A> audited, AuditLog log) {
        this.target = target;
        this.audited = audited;
        this.log = log;
    }

    static <P, A> P wrap(P target, AuditedAggregate<P, A> audited, AuditLog log) {
        AuditingPort<P, A> handler = new AuditingPort<>(target, audited, log);
        Object proxy = Proxy.newProxyInstance(audited.port().getClassLoader(), new Class<?>[] {audited.port()},
                (self, method, args) -> handler.invoke(method, args));
        return audited.port().cast(proxy);
    }

    private Object invoke(Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class || args == null || args.length != 1
                || !audited.type().isInstance(args[0])) {
            return remembered(call(method, args));
        }
        A aggregate = audited.type().cast(args[0]);
        return switch (method.getName()) {
            case "add" -> write(method, args, aggregate, List.of());
            case "update", "remove" -> write(method, args, aggregate, before(aggregate));
            default -> remembered(call(method, args));
        };
    }

    private Object write(Method method, Object[] args, A aggregate, List<AuditedPart> before) throws Throwable {
        Object result = call(method, args);
        List<AuditedPart> after = audited.type().isInstance(result) ? audited.parts().apply(audited.type().cast(result))
                : method.getName().equals("remove") ? List.of() : audited.parts().apply(aggregate);
        log.changed(audited.ref().apply(aggregate), before, after);
        return result;
    }

    private List<AuditedPart> before(A aggregate) {
        return log.lastLoaded(audited.ref().apply(aggregate), () -> audited.reload().apply(target, aggregate)
                .map(audited.parts()).orElse(List.of()));
    }

    private Object remembered(Object result) {
        if (audited.type().isInstance(result)) {
            remember(result);
        } else if (result instanceof Optional<?> optional) {
            optional.filter(audited.type()::isInstance).ifPresent(this::remember);
        } else if (result instanceof Collection<?> collection) {
            collection.stream().filter(audited.type()::isInstance).forEach(this::remember);
        }
        return result;
    }

    private void remember(Object loaded) {
        A aggregate = audited.type().cast(loaded);
        log.loaded(audited.ref().apply(aggregate), audited.parts().apply(aggregate));
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

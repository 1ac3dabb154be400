package org.samvad.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the bot's DataSource to record each round trip to PostgreSQL it makes: every
 * statement executed (a batch counts once) and every commit, with the thread that made it.
 */
final class StatementCounter implements BeanPostProcessor {

    private final Map<String, List<String>> byThread = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? proxy(Connection.class, c, this::connectionCall) : result;
            });
        }
        return bean;
    }

    /** The round trips made on threads whose name starts with {@code prefix}, and forgets them. */
    List<String> drain(String prefix) {
        List<String> all = new java.util.ArrayList<>();
        byThread.forEach((thread, trips) -> {
            if (thread.startsWith(prefix)) {
                all.addAll(trips);
                trips.clear();
            }
        });
        return all;
    }

    private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("commit") || name.equals("rollback")) {
            note(name.toUpperCase());
        }
        Object result = invoke(target, method, args);
        if (result instanceof PreparedStatement statement && name.startsWith("prepare")) {
            String sql = String.valueOf(args[0]).replaceAll("\\s+", " ").strip();
            return proxy(PreparedStatement.class, statement, (t, m, a) -> statementCall(t, m, a, sql));
        }
        if (result instanceof Statement statement && name.equals("createStatement")) {
            return proxy(Statement.class, statement, (t, m, a) -> statementCall(t, m, a,
                    a != null && a.length > 0 ? String.valueOf(a[0]) : "?"));
        }
        return result;
    }

    private Object statementCall(Object target, Method method, Object[] args, String sql) throws Throwable {
        if (method.getName().startsWith("execute")) {
            String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
            note((method.getName().equals("executeBatch") ? "BATCH " : "") + text);
        }
        return invoke(target, method, args);
    }

    private void note(String trip) {
        byThread.computeIfAbsent(Thread.currentThread().getName(), t -> new CopyOnWriteArrayList<>()).add(trip);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (p, m, a) -> handler.call(target, m, a);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    private interface Handler {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }
}

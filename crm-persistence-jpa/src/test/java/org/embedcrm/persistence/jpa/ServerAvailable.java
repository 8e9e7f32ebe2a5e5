package org.embedcrm.persistence.jpa;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The condition behind {@link RequiresServer}. */
final class ServerAvailable implements ExecutionCondition {

    static final String REQUIRE_PROPERTY = "embedcrm.require-databases";

    // Probed once per URL and run: a missing server would otherwise cost a login timeout per test class.
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getElement(), RequiresServer.class)
                .map(RequiresServer::value)
                .map(server -> evaluate(server, server.url(), Boolean.getBoolean(REQUIRE_PROPERTY)))
                .orElse(ConditionEvaluationResult.enabled("no database server required"));
    }

    static ConditionEvaluationResult evaluate(Server server, String url, boolean required) {
        String problem = server.product() + " not reachable at " + Server.address(url)
                + " — start it or see DEVELOPERS.md";
        boolean answers = ANSWERS.computeIfAbsent(url, probed -> {
            boolean up = server.answers(probed);
            if (!up) {
                // Surefire's console shows skipped counts only; say once why whole suites do not run.
                System.err.println("[embedcrm] " + problem + "; its test classes are skipped");
            }
            return up;
        });
        if (answers) {
            return ConditionEvaluationResult.enabled(server.product() + " answers at " + Server.address(url));
        }
        if (required) {
            throw new IllegalStateException(problem + " (" + REQUIRE_PROPERTY + "=true)");
        }
        return ConditionEvaluationResult.disabled(problem);
    }
}

package org.fonds.parse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test class or method that reads these paths of the shared folder ({@code "corpus/seeds"}): outside
 * CI, where one is missing, it is disabled with a message naming it; under {@code CI=true} it runs,
 * and fails on the missing path ({@link Seeds#present}).
 *
 * <p>Why an annotation as well as the check in {@link Seeds#present}: a test that finds the corpus
 * missing in {@code @BeforeAll}, a {@code @MethodSource} or a {@code @TestFactory} is aborted as a
 * whole, and Surefire reports such an aborted container as no tests at all ("Tests run: 0"), its
 * message nowhere; a disabled class or method is reported as skipped, with the reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith(NeedsShared.Condition.class)
public @interface NeedsShared {
    /** Paths under the shared folder, e.g. {@code "corpus/seeds"}, {@code "schemas/tei_all.rng"}. */
    String[] value();

    /** Disables what is annotated where a path it names is missing, unless {@code CI=true}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            NeedsShared needs = context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, NeedsShared.class)).orElse(null);
            if (needs == null || Required.inCi()) return ConditionEvaluationResult.enabled("CI=true or nothing needed");
            for (String relative : needs.value()) {
                Path path = Seeds.shared().resolve(relative);
                if (!Files.exists(path)) return ConditionEvaluationResult.disabled(Seeds.absent(relative, path) + " (skipped outside CI; under CI=true this fails)");
            }
            return ConditionEvaluationResult.enabled("the shared paths are there");
        }
    }
}

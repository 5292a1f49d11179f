package id.slrt.caseengine.deployment;

import id.slrt.caseengine.step.DiagramFunctions;
import id.slrt.caseengine.step.GenericStep;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What an expression in a deployed diagram may reach (JUEL in BPMN and DMN): process variables, the generic
 * steps as delegates ({@code ${registerCase}}), the declared methods of {@link DiagramFunctions} beans
 * ({@code ${sla.due(execution, 'TRIAGE')}}), and a handful of read-only methods on what the engine hands a
 * diagram (variables of {@code execution}/{@code task}, a decision's result, maps and lists, the Joda date of
 * {@code dateTime()}), with plain operators. Nothing else: no other bean (engine services included), no bean
 * property of any object, no method of any other type (reflection, {@code getClass()}, the OS), no function
 * but {@code now()}, {@code dateTime()}, {@code currentUser()}, {@code currentUserGroups()}.
 *
 * <p>The same rules are applied twice: when a deployment is checked ({@link DiagramExpressionPolicy}), so the
 * analyst sees what is wrong, and when the engine evaluates an expression ({@link SandboxedExpressionManager}),
 * so nothing that reached the database another way runs either.
 */
@Component
public class DiagramSandbox {

    public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    /** Objects the engine puts into an expression's scope; usable only through {@link #VARIABLE_METHODS}. */
    public static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask",
            "variableContext");
    public static final Set<String> VARIABLE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal");
    public static final Set<String> RESULT_METHODS = Set.of("getSingleResult", "getFirstResult", "getResultList",
            "collectEntries", "getSingleEntry", "getFirstEntry", "getEntry", "getEntryMap");
    public static final Set<String> COLLECTION_METHODS = Set.of("get", "containsKey", "contains", "size", "isEmpty");
    /** Tasklist's stored filters compute dates with {@code dateTime()} (Joda-Time); none of these has effects. */
    static final Set<String> TIME_METHODS = Set.of("withZone", "getZone", "forID", "withTimeAtStartOfDay",
            "plusMillis", "minusMillis", "plusSeconds", "minusSeconds", "plusMinutes", "minusMinutes", "plusHours",
            "minusHours", "plusDays", "minusDays", "plusWeeks", "minusWeeks", "plusMonths", "minusMonths",
            "plusYears", "minusYears", "withDayOfWeek", "withDayOfMonth", "withTime", "toDate", "isBefore", "isAfter");

    private final ApplicationContext context;
    private volatile Map<String, Set<String>> functionBeans;
    private volatile Set<String> stepBeans;

    public DiagramSandbox(ApplicationContext context) {
        this.context = context;
    }

    /** A bean a diagram may name: a generic step or a bean of diagram functions. */
    public Optional<Object> diagramBean(String name) {
        return isStep(name) || isFunctionBean(name) ? Optional.of(context.getBean(name)) : Optional.empty();
    }

    public boolean isStep(String name) {
        return steps().contains(name);
    }

    public boolean isFunctionBean(String name) {
        return functions().containsKey(name);
    }

    public boolean beanExists(String name) {
        return context.containsBean(name);
    }

    /** Whether bean {@code name} declares a callable method {@code method}. */
    public boolean declares(String name, String method) {
        return functions().getOrDefault(name, Set.of()).contains(method);
    }

    /** The rule applied when the engine evaluates {@code base.method(...)}. */
    public boolean mayInvoke(Object base, String method) {
        Class<?> type = ClassUtils.getUserClass(base);
        if (type.isAnnotationPresent(DiagramFunctions.class)) {
            return declaredMethods(type).contains(method);
        }
        if (base instanceof VariableScope) {
            return VARIABLE_METHODS.contains(method);
        }
        if (base instanceof DmnDecisionResult || base instanceof DmnDecisionResultEntries
                || base instanceof DmnDecisionTableResult || base instanceof DmnDecisionRuleResult) {
            return RESULT_METHODS.contains(method) || COLLECTION_METHODS.contains(method);
        }
        if (base instanceof Map || base instanceof Collection) {
            return COLLECTION_METHODS.contains(method);
        }
        if (base instanceof org.joda.time.ReadableInstant || base instanceof org.joda.time.DateTimeZone) {
            return TIME_METHODS.contains(method);
        }
        return false;
    }

    private Set<String> steps() {
        Set<String> names = stepBeans;
        if (names == null) {
            names = Set.of(context.getBeanNamesForAnnotation(GenericStep.class));
            stepBeans = names;
        }
        return names;
    }

    private Map<String, Set<String>> functions() {
        Map<String, Set<String>> beans = functionBeans;
        if (beans == null) {
            beans = new HashMap<>();
            for (String name : context.getBeanNamesForAnnotation(DiagramFunctions.class)) {
                Class<?> type = context.getType(name);
                beans.put(name, type == null ? Set.of() : declaredMethods(ClassUtils.getUserClass(type)));
            }
            functionBeans = Map.copyOf(beans);
        }
        return beans;
    }

    private static Set<String> declaredMethods(Class<?> type) {
        Set<String> names = new HashSet<>();
        Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(Method::getName)
                .collect(Collectors.toCollection(() -> names));
        return names;
    }
}

package id.slrt.caseengine.step;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog as the running application sees it: Spring beans and their contracts, topics served by local
 * stand-ins or declared in {@code slrt.deployment.external-topics}, and what is already deployed.
 */
@Component
public class ApplicationStepCatalog implements StepCatalog {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final List<String> externallyServedTopics;

    public ApplicationStepCatalog(ApplicationContext context, JdbcClient jdbc,
                                  StepProperties properties) {
        this.context = context;
        this.jdbc = jdbc;
        this.externallyServedTopics = properties.getExternalTopics();
    }

    @Override
    public boolean beanExists(String name) {
        return context.containsBean(name);
    }

    @Override
    public Optional<StepContract> contractOf(String bean) {
        if (!context.containsBean(bean)) {
            return Optional.empty();
        }
        GenericStep step = context.findAnnotationOnBean(bean, GenericStep.class);
        return step == null ? Optional.empty() : Optional.of(new StepContract(bean, Set.of(step.requires()),
                Set.of(step.accepts()), Set.of(step.produces())));
    }

    @Override
    public Optional<Set<String>> topic(String topic) {
        Map<String, Set<String>> served = new HashMap<>();
        Set<String> workers = new HashSet<>(List.of(context.getBeanNamesForAnnotation(ServesTopic.class)));
        workers.addAll(List.of(context.getBeanNamesForAnnotation(ServesTopic.List.class)));
        for (String bean : workers) {
            Class<?> type = context.getType(bean);
            if (type != null) {
                for (ServesTopic t : AnnotatedElementUtils.findMergedRepeatableAnnotations(type, ServesTopic.class)) {
                    served.put(t.value(), Set.of(t.produces()));
                }
            }
        }
        externallyServedTopics.stream().filter(t -> !t.isBlank()).forEach(t -> served.putIfAbsent(t.trim(), Set.of()));
        return Optional.ofNullable(served.get(topic));
    }

    @Override
    public boolean decisionDeployed(String key) {
        return exists("select count(*) from act_re_decision_def where key_ = ?", key);
    }

    @Override
    public boolean formDeployed(String id) {
        return exists("select count(*) from act_re_camformdef where key_ = ?", id);
    }

    @Override
    public boolean processDeployed(String key) {
        return exists("select count(*) from act_re_procdef where key_ = ?", key);
    }

    @Override
    public Set<String> caseVariables() {
        return Set.of(CaseVariables.CASE_ID, CaseVariables.REGISTRATION_NUMBER, CaseVariables.SERVICE_TYPE,
                CaseVariables.CHANNEL, CaseVariables.REGION_CODE, CaseVariables.REGION_NAME,
                CaseVariables.DESCRIPTION, CaseVariables.SUBJECT_NAME);
    }

    private boolean exists(String sql, String key) {
        return jdbc.sql(sql).param(key).query(Long.class).single() > 0;
    }
}

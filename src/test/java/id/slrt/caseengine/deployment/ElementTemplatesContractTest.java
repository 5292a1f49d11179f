package id.slrt.caseengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.ServesTopic;
import id.slrt.caseengine.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The element templates in .camunda/element-templates/ (where Camunda Modeler finds them by itself, from any
 * diagram below the project folder) are what analysts pick in Camunda Modeler: each must match the contract of
 * the step it configures, and every generic step and served topic must have one.
 */
@IntegrationTest
class ElementTemplatesContractTest {

    private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    final Map<String, JsonNode> templatesByBean = new HashMap<>();
    final Set<String> templateTopics = new HashSet<>();

    @BeforeEach
    void readTemplates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(".camunda", "element-templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (JsonNode template : json.readTree(file.toFile())) {
                    assertThat(template.path("id").asText()).as(file.toString()).isNotBlank();
                    assertThat(template.path("name").asText()).as(file.toString()).contains("(");
                    assertThat(template.path("description").asText()).as(file.toString()).contains(" / ");
                    assertThat(template.path("appliesTo")).as(file.toString()).isNotEmpty();
                    for (JsonNode property : template.path("properties")) {
                        String bindingName = property.path("binding").path("name").asText();
                        String value = property.path("value").asText();
                        if ("camunda:delegateExpression".equals(bindingName)) {
                            Matcher bean = BEAN.matcher(value);
                            assertThat(bean.matches()).as(file + " delegateExpression " + value).isTrue();
                            templatesByBean.put(bean.group(1), template);
                        }
                        if ("camunda:topic".equals(bindingName)) {
                            templateTopics.add(value);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyTemplateMatchesTheContractOfItsStep() {
        assertThat(templatesByBean).isNotEmpty();
        templatesByBean.forEach((bean, template) -> {
            assertThat(context.containsBean(bean)).as("bean %s of template %s", bean, template.path("id")).isTrue();
            GenericStep step = context.findAnnotationOnBean(bean, GenericStep.class);
            assertThat(step).as("@GenericStep on %s", bean).isNotNull();
            Map<String, Boolean> inputs = new HashMap<>();
            for (JsonNode property : template.path("properties")) {
                if ("camunda:inputParameter".equals(property.path("binding").path("type").asText())) {
                    inputs.put(property.path("binding").path("name").asText(),
                            property.path("constraints").path("notEmpty").asBoolean(false));
                }
            }
            for (String required : step.requires()) {
                assertThat(inputs).as("template for %s offers required input %s", bean, required).containsKey(required);
                assertThat(inputs.get(required)).as("required input %s of %s is marked notEmpty", required, bean).isTrue();
            }
            Set<String> known = new HashSet<>(List.of(step.requires()));
            known.addAll(List.of(step.accepts()));
            assertThat(known).as("inputs the template for %s offers", bean).containsAll(inputs.keySet());
        });
    }

    @Test
    void everyGenericStepAndServedTopicHasATemplate() {
        for (String bean : context.getBeanNamesForAnnotation(GenericStep.class)) {
            assertThat(templatesByBean).as("element template for step %s", bean).containsKey(bean);
        }
        Set<String> workers = new HashSet<>(List.of(context.getBeanNamesForAnnotation(ServesTopic.class)));
        workers.addAll(List.of(context.getBeanNamesForAnnotation(ServesTopic.List.class)));
        for (String worker : workers) {
            for (ServesTopic topic : AnnotatedElementUtils.findMergedRepeatableAnnotations(context.getType(worker),
                    ServesTopic.class)) {
                if (!topic.value().startsWith("test-")) {
                    assertThat(templateTopics).as("element template for topic %s", topic.value()).contains(topic.value());
                }
            }
        }
    }

    @Test
    void statusChoicesAreStatusesTheCaseFileKnows() {
        List<String> statuses = jdbc.sql("select code from slrt.case_status").query(String.class).list();
        for (JsonNode property : templatesByBean.get("updateCaseStatus").path("properties")) {
            if ("status".equals(property.path("binding").path("name").asText())) {
                property.path("choices").forEach(choice ->
                        assertThat(statuses).contains(choice.path("value").asText()));
            }
        }
    }
}

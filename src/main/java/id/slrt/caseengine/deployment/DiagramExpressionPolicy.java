package id.slrt.caseengine.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Checks one JUEL expression of a diagram against {@link DiagramSandbox}'s rules before it is deployed, and
 * says in Indonesian what is not allowed. Parsed with the engine's own JUEL parser, so what is checked is what
 * the engine would evaluate.
 */
public class DiagramExpressionPolicy {

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final DiagramSandbox sandbox;

    public DiagramExpressionPolicy(DiagramSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** True when the text holds an expression the engine would evaluate. */
    public static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Every rule the expression breaks; empty when it may be deployed. */
    public List<String> problemsOf(String expression) {
        List<String> problems = new ArrayList<>();
        Node root;
        try {
            root = PARSER.build(expression).getRoot();
        } catch (TreeBuilderException e) {
            problems.add("ekspresi '" + expression + "' tidak dapat dibaca (" + e.getMessage() + ")");
            return problems;
        }
        check(root, false, problems);
        return problems.stream().distinct().map(p -> "ekspresi '" + expression + "': " + p).toList();
    }

    private void check(Node node, boolean argumentOfFunctionBean, List<String> problems) {
        if (node instanceof AstIdentifier identifier) {
            identifier(identifier.getName(), argumentOfFunctionBean, problems);
        } else if (node instanceof AstMethod method) {
            method(method, problems);
        } else if (node instanceof AstDot || node instanceof AstBracket) {
            property(node, problems);
        } else if (node instanceof AstFunction function) {
            if (!DiagramSandbox.FUNCTIONS.contains(function.getName())) {
                problems.add("fungsi '" + function.getName() + "()' tidak diizinkan (boleh: "
                        + String.join(", ", DiagramSandbox.FUNCTIONS.stream().sorted().toList()) + ")");
            }
            children(node, false, problems);
        } else {
            children(node, false, problems);
        }
    }

    private void children(Node node, boolean argumentOfFunctionBean, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            check(node.getChild(i), argumentOfFunctionBean, problems);
        }
    }

    private void identifier(String name, boolean argumentOfFunctionBean, List<String> problems) {
        if (DiagramSandbox.ENGINE_OBJECTS.contains(name) && !argumentOfFunctionBean) {
            problems.add("'" + name + "' hanya boleh dipakai sebagai " + name + ".getVariable('...') atau sebagai "
                    + "argumen fungsi diagram seperti sla.due(" + name + ", '...')");
        } else if ("decisionResult".equals(name)) {
            problems.add("'decisionResult' hanya boleh dipakai dengan metodenya, misalnya "
                    + "decisionResult.getSingleResult().get('...')");
        } else if (sandbox.beanExists(name) && !sandbox.isStep(name) && !sandbox.isFunctionBean(name)) {
            problems.add("bean '" + name + "' tidak boleh dipakai dalam diagram");
        }
    }

    private void property(Node node, List<String> problems) {
        Node base = node.getChild(0);
        if (base instanceof AstIdentifier identifier && (DiagramSandbox.ENGINE_OBJECTS.contains(identifier.getName())
                || "decisionResult".equals(identifier.getName()) || sandbox.beanExists(identifier.getName()))) {
            problems.add("properti dari '" + identifier.getName() + "' tidak boleh dibaca dalam diagram");
            children(base, false, problems);
        } else {
            check(base, false, problems);
        }
        for (int i = 1; i < node.getCardinality(); i++) {
            check(node.getChild(i), false, problems);
        }
    }

    private void method(AstMethod method, List<String> problems) {
        Node property = method.getChild(0);
        Node parameters = method.getChild(1);
        if (!(property instanceof AstDot dot)) {
            problems.add("nama metode harus tertulis langsung (bukan a[...](...))");
            children(method, false, problems);
            return;
        }
        String name = dot.toString().substring(2);
        Node base = dot.getChild(0);
        if (base instanceof AstIdentifier identifier) {
            String id = identifier.getName();
            if (sandbox.isFunctionBean(id)) {
                if (!sandbox.declares(id, name)) {
                    problems.add("'" + id + "' tidak punya metode '" + name + "'");
                }
                children(parameters, true, problems);
                return;
            }
            if (DiagramSandbox.ENGINE_OBJECTS.contains(id)) {
                if (!DiagramSandbox.VARIABLE_METHODS.contains(name)) {
                    problems.add("'" + id + "." + name + "(...)' tidak diizinkan (boleh: "
                            + String.join(", ", DiagramSandbox.VARIABLE_METHODS.stream().sorted().toList()) + ")");
                }
                children(parameters, false, problems);
                return;
            }
            if (sandbox.beanExists(id) && !"decisionResult".equals(id)) {
                problems.add("metode bean '" + id + "' tidak boleh dipanggil dalam diagram"
                        + (sandbox.isStep(id) ? " (langkah dipakai sebagai camunda:delegateExpression=\"${" + id + "}\")" : ""));
                children(parameters, false, problems);
                return;
            }
        } else {
            check(base, false, problems);
        }
        if (!DiagramSandbox.COLLECTION_METHODS.contains(name) && !DiagramSandbox.RESULT_METHODS.contains(name)) {
            problems.add("metode '" + name + "(...)' tidak diizinkan; yang boleh pada variabel: "
                    + String.join(", ", DiagramSandbox.COLLECTION_METHODS.stream().sorted().toList())
                    + "; pada hasil keputusan: "
                    + String.join(", ", DiagramSandbox.RESULT_METHODS.stream().sorted().toList()));
        }
        children(parameters, false, problems);
    }
}

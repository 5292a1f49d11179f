package id.slrt.caseengine.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a deployment may contain, whoever deploys it: expressions within {@link DiagramSandbox}'s rules in every
 * place a model holds one (attributes and texts of service tasks, listeners, conditions, input/output
 * mappings, timers, due dates, DMN entries), FEEL without Java calls, no scripts, no field injection, no
 * connectors, no external resources. Java classes ({@code camunda:class}, {@code camunda:variableMappingClass})
 * only in deployments of an administrator ({@code trusted}).
 */
public class DiagramContentPolicy {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

    /** Elements whose text the engine never evaluates. */
    private static final Set<String> PROSE = Set.of("documentation", "text", "properties", "property");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    /** {@code a.b(...)} in FEEL calls a method of a Java object that reached the decision's variables. */
    private static final Pattern FEEL_OBJECT_CALL =
            Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*(\\s*\\.\\s*[A-Za-z_]\\w*)+\\s*\\(");
    private static final Pattern FEEL_STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");

    private final DiagramExpressionPolicy expressions;
    private final ObjectMapper json = new ObjectMapper();

    public DiagramContentPolicy(DiagramSandbox sandbox) {
        this.expressions = new DiagramExpressionPolicy(sandbox);
    }

    public List<String> check(Map<String, byte[]> resources, boolean trusted) {
        List<String> problems = new ArrayList<>();
        resources.forEach((name, bytes) -> {
            String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            try {
                if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                    bpmn(file, parse(bytes).getDocumentElement(), trusted, problems);
                } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                    dmn(file, parse(bytes).getDocumentElement(), problems);
                } else if (name.endsWith(".form")) {
                    form(file, json.readTree(bytes), problems);
                }
            } catch (IOException | SAXException | ParserConfigurationException e) {
                problems.add(file + ": berkas tidak dapat dibaca (" + e.getMessage() + ")");
            }
        });
        return problems;
    }

    /** Problems of one FEEL expression or unary test; shared with form conditions. */
    public static List<String> feelProblems(String feel) {
        String code = FEEL_STRING.matcher(feel).replaceAll("\"\"");
        List<String> problems = new ArrayList<>();
        if (FEEL_OBJECT_CALL.matcher(code).find()) {
            problems.add("FEEL '" + feel + "': memanggil metode objek (a.b(...)) tidak diizinkan");
        }
        if (FEEL_EXTERNAL.matcher(code).find()) {
            problems.add("FEEL '" + feel + "': fungsi external (Java) tidak diizinkan");
        }
        return problems;
    }

    private void bpmn(String file, Element element, boolean trusted, List<String> problems) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        if (BPMNDI.equals(ns) || (PROSE.contains(local) && (BPMN.equals(ns) || CAMUNDA.equals(ns)))) {
            return;
        }
        String where = where(file, element);
        if (BPMN.equals(ns) && "scriptTask".equals(local)) {
            problems.add(where + ": tugas skrip (scriptTask) tidak diizinkan; pakai langkah generik");
        }
        if (CAMUNDA.equals(ns) && ("script".equals(local) || "connector".equals(local) || "field".equals(local))) {
            problems.add(where + ": camunda:" + local + " tidak diizinkan"
                    + ("field".equals(local) ? " (isi langkah lewat parameter masukan)" : "; pakai langkah generik"));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (CAMUNDA.equals(attribute.getNamespaceURI()) && CLASS_ATTRIBUTES.contains(name) && !trusted) {
                problems.add(where + ": kelas Java (camunda:" + name + "=\"" + attribute.getValue()
                        + "\") hanya boleh di-deploy oleh administrator; pakai langkah generik");
            } else if (CAMUNDA.equals(attribute.getNamespaceURI()) && "resource".equals(name)) {
                problems.add(where + ": sumber eksternal (camunda:resource) tidak diizinkan");
            } else if ("language".equals(name) && attribute.getNamespaceURI() == null) {
                problems.add(where + ": skrip atau kondisi berbahasa '" + attribute.getValue()
                        + "' tidak diizinkan; tulis kondisi sebagai ${...}");
            }
            expression(where, attribute.getValue(), problems);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                bpmn(file, childElement, trusted, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                expression(where, child.getNodeValue(), problems);
            }
        }
    }

    private void dmn(String file, Element element, List<String> problems) {
        String where = where(file, element);
        String language = element.getAttribute("expressionLanguage");
        if (!language.isEmpty() && !allowedDmnLanguage(language)) {
            problems.add(where + ": bahasa ekspresi '" + language + "' tidak diizinkan (boleh: FEEL, JUEL)");
        }
        if ("text".equals(element.getLocalName())) {
            String text = element.getTextContent();
            if (DiagramExpressionPolicy.isExpression(text)) {
                expression(where, text, problems);
            } else {
                feelProblems(text).forEach(p -> problems.add(where + ": " + p));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && !"DMNDI".equals(childElement.getLocalName())) {
                dmn(file, childElement, problems);
            }
        }
    }

    private static boolean allowedDmnLanguage(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("juel") || l.equals("feel") || l.endsWith("/feel") || l.endsWith("/feel/");
    }

    private void form(String file, JsonNode node, List<String> problems) {
        if (node.isTextual() && node.asText().strip().startsWith("=")) {
            feelProblems(node.asText().strip().substring(1)).forEach(p -> problems.add(file + ": " + p));
        }
        JsonNode hide = node.path("conditional").path("hide");
        if (hide.isTextual() && !hide.asText().strip().startsWith("=")) {
            feelProblems(hide.asText()).forEach(p -> problems.add(file + ": " + p));
        }
        node.forEach(child -> form(file, child, problems));
    }

    private void expression(String where, String text, List<String> problems) {
        if (DiagramExpressionPolicy.isExpression(text)) {
            expressions.problemsOf(text.strip()).forEach(p -> problems.add(where + ": " + p));
        }
    }

    private static String where(String file, Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                String name = e.getAttribute("name").replace('\n', ' ');
                return file + ", " + (name.isBlank() ? e.getAttribute("id") : "'" + name + "' (" + e.getAttribute("id") + ")");
            }
        }
        return file;
    }

    private static Document parse(byte[] bytes) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(bytes));
    }
}

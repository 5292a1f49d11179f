package id.slrt.caseengine.letters;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a letter template may contain, checked when it is deployed: well-formed XHTML with a {@code <title>} (the
 * letter's name), Thymeleaf attributes {@code th:text}, {@code th:if}, {@code th:unless}, {@code th:each},
 * {@code th:src} whose expression is exactly one known field ({@code ${klien.nama}}, see {@link #FIELDS}),
 * escaped inline text {@code [[${field}]]}, and no other expression: no unescaped text, no method calls, no
 * preprocessing, no links to other resources (the renderer loads nothing from outside).
 */
public final class LetterTemplateRules {

    /** Every field a template may print, by group; the lists ({@code th:each}) with their items' fields. */
    public static final Set<String> FIELDS = Set.of(
            "kop.pemerintah", "kop.dinas", "kop.alamat", "kop.kontak", "kop.logo", "kop.kota",
            "penandatangan.nama", "penandatangan.nip", "penandatangan.jabatan",
            "surat.nomor", "surat.tanggal", "surat.judul", "surat.kodeVerifikasi", "surat.urlVerifikasi",
            "surat.qr", "surat.menggantikan", "surat.isi",
            "kasus.nomorRegistrasi", "kasus.layanan", "kasus.uraian", "kasus.tanggalDibuka", "kasus.wilayah",
            "kasus.hasil",
            "klien.nama", "klien.nik", "klien.tanggalLahir", "klien.jenisKelamin", "klien.alamat",
            "pelapor.nama", "pelapor.alamat",
            "serahTerima.nomor", "serahTerima.tanggal", "serahTerima.penerima", "serahTerima.hubungan",
            "serahTerima.lokasi", "serahTerima.catatan",
            "rujukan.tujuan", "rujukan.jenis", "rujukan.alasan", "rujukan.tanggal");

    /** Lists and the fields of their items. */
    public static final Map<String, Set<String>> LISTS = Map.of(
            "serahTerima.saksi", Set.of("nama"),
            "keluarga", Set.of("nama", "hubungan", "alamat"));

    private static final Set<String> ATTRIBUTES = Set.of("text", "if", "unless", "each", "src", "href");
    private static final Pattern FIELD = Pattern.compile("\\$\\{\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?)\\s*}");
    private static final Pattern EACH = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*:\\s*" + FIELD.pattern() + "\\s*");
    private static final Pattern INLINE = Pattern.compile("\\[\\[(.*?)]]|\\[\\((.*?)\\)]", Pattern.DOTALL);
    private static final Pattern URL_IN_CSS = Pattern.compile("(?i)url\\s*\\(|@import");

    private LetterTemplateRules() {
    }

    /** The problems of one template, in Indonesian for the analyst; empty when it may be deployed. */
    public static List<String> problems(String file, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            problems.add(file + ": bukan XHTML yang valid (" + e.getMessage() + ")");
            return problems;
        }
        if (title(document).isBlank()) {
            problems.add(file + ": <title> (nama surat) wajib diisi");
        }
        walk(file, document.getDocumentElement(), Set.of(), problems);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (URL_IN_CSS.matcher(text).find()) {
            problems.add(file + ": CSS tidak boleh memuat berkas lain (url(...), @import)");
        }
        return problems;
    }

    /** The letter's name: the template's {@code <title>}. */
    public static String title(byte[] bytes) {
        try {
            return title(parser().parse(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            return "";
        }
    }

    private static String title(Document document) {
        NodeList titles = document.getElementsByTagName("title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
    }

    private static void walk(String file, Element element, Set<String> loopItems, List<String> problems) {
        Set<String> items = loopItems;
        NamedNodeMap attributes = element.getAttributes();
        String tag = element.getTagName().toLowerCase();
        if (Set.of("script", "link", "iframe", "object", "embed", "base").contains(tag)) {
            problems.add(file + ": elemen <" + tag + "> tidak diizinkan dalam templat surat");
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            String value = attribute.getValue();
            String thymeleaf = name.startsWith("th:") ? name.substring(3)
                    : name.startsWith("data-th-") ? name.substring(8) : null;
            if (thymeleaf == null) {
                if ((name.equals("src") || name.equals("href")) && !value.startsWith("#")) {
                    problems.add(file + ": atribut " + name + "=\"" + value + "\" memuat berkas lain; gunakan th:src dengan ruas yang dikenal");
                }
                if (name.startsWith("xmlns")) {
                    continue;
                }
                if (name.startsWith("on")) {
                    problems.add(file + ": atribut " + name + " tidak diizinkan");
                }
                continue;
            }
            if (!ATTRIBUTES.contains(thymeleaf)) {
                problems.add(file + ": atribut " + name + " tidak diizinkan (hanya th:text, th:if, th:unless, th:each, th:src, th:href)");
                continue;
            }
            if (thymeleaf.equals("each")) {
                Matcher m = EACH.matcher(value);
                if (!m.matches()) {
                    problems.add(file + ": th:each=\"" + value + "\" harus berbentuk \"item : ${daftar}\"");
                    continue;
                }
                Set<String> itemFields = LISTS.get(m.group(2));
                if (itemFields == null) {
                    problems.add(file + ": ruas daftar '" + m.group(2) + "' tidak dikenal (dikenal: " + String.join(", ", new java.util.TreeSet<>(LISTS.keySet())) + ")");
                    continue;
                }
                items = new HashSet<>(loopItems);
                for (String field : itemFields) {
                    items.add(m.group(1) + "." + field);
                }
                items.add(m.group(1));
                continue;
            }
            checkExpression(file, name, value, items, problems);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(file, e, items, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                Matcher inline = INLINE.matcher(child.getNodeValue());
                while (inline.find()) {
                    if (inline.group(2) != null) {
                        problems.add(file + ": teks tanpa escape [(...)] tidak diizinkan; gunakan [[${ruas}]]");
                    } else {
                        checkExpression(file, "[[...]]", inline.group(1).strip(), items, problems);
                    }
                }
            }
        }
    }

    private static void checkExpression(String file, String where, String value, Set<String> loopItems,
                                        List<String> problems) {
        Matcher m = FIELD.matcher(value.strip());
        if (!m.matches()) {
            problems.add(file + ": " + where + "=\"" + value + "\" harus tepat satu ruas, misalnya ${klien.nama}");
            return;
        }
        String field = m.group(1);
        if (!FIELDS.contains(field) && !loopItems.contains(field)) {
            problems.add(file + ": ruas '" + field + "' tidak dikenal");
        }
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }
}

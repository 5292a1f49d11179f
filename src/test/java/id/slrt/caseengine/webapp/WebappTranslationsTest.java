package id.slrt.caseengine.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian translations of the Camunda webapps (locales/id.json under
 * META-INF/resources/webjars/camunda/app/&lt;app&gt;/) are complete: every key of the webjar's en.json is there
 * and nothing else, no text is empty, and what the webapp substitutes or renders ({{placeholders}}, %d and %s
 * of relative times, HTML tags and entities, date tokens outside [brackets]) is kept. The app's
 * scripts/config.js offers the locale and keeps the webjar's own settings.
 */
class WebappTranslationsTest {

    static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
    static final ObjectMapper JSON = new ObjectMapper();

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}");
    static final Pattern PRINTF = Pattern.compile("%[ds]");
    /** HTML the webapps render (ng-bind-html); "<null>" or "<definition>" are plain text and may be translated. */
    static final Pattern HTML = Pattern.compile("</?(?:a|b|br|code|div|em|i|li|ol|p|span|strong|ul)\\b[^>]*>|&[a-zA-Z]+;|&#[0-9]+;");
    static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]");

    /** Texts Indonesian does without: the English plural "s" Cockpit appends to a word ("instance" + "s"). */
    static final Set<String> MAY_BE_EMPTY = Set.of("s");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit", "welcome"})
    void theIndonesianTranslationIsCompleteAndKeepsWhatTheWebappSubstitutes(String app) throws IOException {
        JsonNode en = readJson(webjarResource(WEBJAR + app + "/locales/en.json"));
        JsonNode id = readJson(ownResource(WEBJAR + app + "/locales/id.json"));

        assertThat(problems(en, id)).as("problems in %s/locales/id.json", app).isEmpty();
        assertThat(untranslatedShare(en.path("labels"), id.path("labels")))
                .as("share of %s labels left identical to English", app).isLessThan(0.10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit", "welcome"})
    void theConfigOffersIndonesianAndKeepsTheWebjarsSettings(String app) throws IOException {
        String ours = withoutComments(read(ownResource(WEBJAR + app + "/scripts/config.js")));
        String theirs = withoutComments(read(webjarResource(WEBJAR + app + "/scripts/config.js")));

        assertThat(ours).startsWith("export default {");
        assertThat(ours.replaceAll("\\s+", ""))
                .contains("locales:{availableLocales:['en','id'],fallbackLocale:'en'}");
        Matcher names = Pattern.compile("([A-Za-z]+)\\s*:").matcher(theirs);
        while (names.find()) {
            assertThat(ours).as("%s config.js keeps the setting %s", app, names.group(1))
                    .containsPattern("\\b" + names.group(1) + "\\s*:");
        }
        Matcher bindings = Pattern.compile("key:\\s*'[^']*'").matcher(theirs);
        while (bindings.find()) {
            assertThat(ours).as("%s config.js keeps the shortcut", app).contains(bindings.group());
        }
    }

    @Test
    void theCheckReportsMissingExtraEmptyAndBrokenTexts() throws IOException {
        JsonNode en = JSON.readTree("""
                {"dateLocales": {"calendar": {"lastDay": "[Yesterday at] LT"}, "months": ["January", "February"]},
                 "labels": {"A": "Hello {{name}}", "B": "Save", "C": "<b>Bold</b> &lt;x&gt;", "D": "%d days",
                            "E": "", "F": "Gone"}}""");
        JsonNode id = JSON.readTree("""
                {"dateLocales": {"calendar": {"lastDay": "[Kemarin pukul] HH"}, "months": ["Januari"]},
                 "labels": {"A": "Halo {{nama}}", "B": " ", "C": "Tebal &lt;x&gt;", "D": "beberapa hari",
                            "E": "", "G": "Tambahan"}}""");

        assertThat(problems(en, id)).containsExactlyInAnyOrder(
                "dateLocales.calendar.lastDay: date tokens [LT] became [HH]",
                "dateLocales.months: 2 entries in en.json, 1 here",
                "labels.A: placeholders [{{name}}] became [{{nama}}]",
                "labels.B: empty",
                "labels.C: markup [&gt;, &lt;, </b>, <b>] became [&gt;, &lt;]",
                "labels.D: %d/%s [%d] became []",
                "labels.F: missing",
                "labels.G: not in en.json");
        assertThat(problems(en, en)).isEmpty();
    }

    /** Every difference that would show up as a wrong or missing text in the webapp. */
    static List<String> problems(JsonNode en, JsonNode id) {
        List<String> problems = new ArrayList<>();
        compare("", en, id, problems);
        return problems;
    }

    private static void compare(String path, JsonNode en, JsonNode id, List<String> problems) {
        if (en.isObject()) {
            if (!id.isObject()) {
                problems.add(path + ": expected an object");
                return;
            }
            for (Iterator<String> keys = en.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                String child = path.isEmpty() ? key : path + "." + key;
                if (!id.has(key)) {
                    problems.add(child + ": missing");
                } else {
                    compare(child, en.get(key), id.get(key), problems);
                }
            }
            for (Iterator<String> keys = id.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!en.has(key)) {
                    problems.add((path.isEmpty() ? key : path + "." + key) + ": not in en.json");
                }
            }
        } else if (en.isArray()) {
            if (!id.isArray() || id.size() != en.size()) {
                problems.add(path + ": " + en.size() + " entries in en.json, " + (id.isArray() ? id.size() : "none") + " here");
                return;
            }
            for (int i = 0; i < en.size(); i++) {
                compare(path + "[" + i + "]", en.get(i), id.get(i), problems);
            }
        } else if (en.isTextual()) {
            if (!id.isTextual()) {
                problems.add(path + ": expected a text");
                return;
            }
            compareText(path, en.asText(), id.asText(), problems);
        } else if (!en.equals(id)) {
            problems.add(path + ": " + en + " in en.json, " + id + " here");
        }
    }

    private static void compareText(String path, String en, String id, List<String> problems) {
        if (!en.isBlank() && id.isBlank() && !MAY_BE_EMPTY.contains(en)) {
            problems.add(path + ": empty");
            return;
        }
        same(path, "placeholders", PLACEHOLDER, en, id, problems);
        same(path, "%d/%s", PRINTF, en, id, problems);
        same(path, "markup", HTML, en, id, problems);
        if (path.startsWith("dateLocales.calendar.")) {
            List<String> enTokens = dateTokens(en);
            List<String> idTokens = dateTokens(id);
            if (!enTokens.equals(idTokens)) {
                problems.add(path + ": date tokens " + enTokens + " became " + idTokens);
            }
        }
    }

    private static void same(String path, String what, Pattern pattern, String en, String id, List<String> problems) {
        List<String> expected = occurrences(pattern, en);
        List<String> actual = occurrences(pattern, id);
        if (!expected.equals(actual)) {
            problems.add(path + ": " + what + " " + expected + " became " + actual);
        }
    }

    /** Sorted, so that a translation may reorder placeholders and tags but not lose or change one. */
    private static List<String> occurrences(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    /** The moment.js tokens of a calendar format: what is outside [literal text]. */
    private static List<String> dateTokens(String format) {
        List<String> tokens = new ArrayList<>();
        for (String token : BRACKETED.matcher(format).replaceAll(" ").trim().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static double untranslatedShare(JsonNode en, JsonNode id) {
        int same = 0;
        int total = 0;
        for (Iterator<String> keys = en.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String text = en.get(key).asText();
            if (text.chars().filter(Character::isLetter).count() < 3) {
                continue;
            }
            total++;
            if (text.equals(id.path(key).asText())) {
                same++;
            }
        }
        return total == 0 ? 0 : (double) same / total;
    }

    private static String withoutComments(String script) {
        return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").trim();
    }

    private static URL ownResource(String name) throws IOException {
        for (URL url : Collections.list(loader().getResources(name))) {
            if (!url.toString().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("the project has no " + name);
    }

    private static URL webjarResource(String name) throws IOException {
        for (URL url : Collections.list(loader().getResources(name))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("the Camunda webjar has no " + name);
    }

    private static ClassLoader loader() {
        return WebappTranslationsTest.class.getClassLoader();
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private static JsonNode readJson(URL url) throws IOException {
        return JSON.readTree(read(url));
    }
}

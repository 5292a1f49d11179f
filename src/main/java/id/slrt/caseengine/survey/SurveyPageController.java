package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.IndonesianDates;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey pages (no login: the link token or printed code is the key). Mobile first, in Bahasa
 * Indonesia. A link or code that cannot be used gets an explanatory page with a 4xx status, never a trace.
 */
@Controller
@RequestMapping("/survei")
public class SurveyPageController {

    private static final Logger log = LoggerFactory.getLogger(SurveyPageController.class);


    private final SurveyResponseService responses;

    public SurveyPageController(SurveyResponseService responses) {
        this.responses = responses;
    }

    /** Secrets travel in these URLs and forms: keep them out of caches, referrers and search engines. */
    @ModelAttribute
    void protect(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    @GetMapping
    public String codeEntry() {
        return "survey/code";
    }

    @PostMapping
    public String openByCode(@RequestParam(name = "kode", required = false) String code, Model model,
                             HttpServletResponse response) {
        if (code == null || SurveySecrets.printedCodeHash(code).isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Kode survei terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JKMN. "
                    + "Periksa kembali kode pada kertas yang Anda terima.");
            model.addAttribute("typed", code);
            return "survey/code";
        }
        SurveyKey key = SurveyKey.code(code);
        return form(model, key, responses.open(key), "/survei/jawab", code);
    }

    @PostMapping("/jawab")
    public String answerByCode(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        String code = form.get("kode");
        SurveyKey key = SurveyKey.code(code);
        return submit(key, form, model, response, "/survei/jawab", code);
    }

    @GetMapping("/terima-kasih")
    public String thanks() {
        return "survey/thanks";
    }

    @GetMapping("/{token}")
    public String openByLink(@PathVariable String token, Model model) {
        SurveyKey key = SurveyKey.link(token);
        return form(model, key, responses.open(key), "/survei/" + token, null);
    }

    @PostMapping("/{token}")
    public String answerByLink(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
                               HttpServletResponse response) {
        return submit(SurveyKey.link(token), form, model, response, "/survei/" + token, null);
    }

    private String submit(SurveyKey key, Map<String, String> form, Model model, HttpServletResponse response,
                          String action, String code) {
        SurveyAnswers.Parsed parsed = SurveyAnswers.parse(form);
        if (!parsed.valid()) {
            SurveyResponseService.SurveyContext context = responses.open(key);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", parsed.errors());
            model.addAttribute("values", parsed.values());
            return form(model, key, context, action, code);
        }
        responses.answer(key, parsed.answers());
        return "redirect:/survei/terima-kasih";
    }

    private String form(Model model, SurveyKey key, SurveyResponseService.SurveyContext context, String action,
                        String code) {
        model.addAttribute("context", context);
        model.addAttribute("servedOn", IndonesianDates.day(context.servedOn()));
        model.addAttribute("action", action);
        model.addAttribute("code", code);
        model.addAttribute("elements", SurveyElement.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute("sexes", RespondentSex.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("scores", List.of(1, 2, 3, 4));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
        }
        return "survey/form";
    }

    @ExceptionHandler(SurveyLinkException.class)
    public String refused(SurveyLinkException e, Model model, HttpServletResponse response) {
        protect(response);
        switch (e.reason()) {
            case UNKNOWN -> page(model, response, HttpStatus.NOT_FOUND, "Tautan atau kode survei tidak dikenal",
                    "Tautan atau kode yang Anda gunakan tidak cocok dengan survei mana pun. Pastikan tautan dibuka "
                            + "utuh dari pesan yang Anda terima, atau ketik ulang kode dari kertas yang diberikan petugas.");
            case EXPIRED -> page(model, response, HttpStatus.GONE, "Masa berlaku survei sudah habis",
                    "Tautan atau kode survei ini sudah tidak berlaku. Bila Anda tetap ingin memberi penilaian, "
                            + "mintalah kode survei baru kepada petugas Dinas Sosial.");
            case ANSWERED -> page(model, response, HttpStatus.CONFLICT, "Survei ini sudah diisi",
                    "Setiap tautan atau kode hanya dapat dipakai untuk satu kali pengisian, dan jawaban untuk "
                            + "layanan ini sudah kami terima. Terima kasih atas penilaian Anda.");
        }
        return "survey/problem";
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    public String badRequest(Exception e, Model model, HttpServletResponse response) {
        protect(response);
        page(model, response, HttpStatus.BAD_REQUEST, "Permintaan tidak lengkap",
                "Isian survei tidak lengkap. Silakan buka kembali tautan atau masukkan kode survei Anda.");
        return "survey/problem";
    }

    @ExceptionHandler(Exception.class)
    public String failed(Exception e, Model model, HttpServletResponse response) {
        log.error("Survey page failed", e);
        protect(response);
        page(model, response, HttpStatus.INTERNAL_SERVER_ERROR, "Maaf, terjadi gangguan",
                "Jawaban Anda belum tersimpan karena gangguan pada sistem kami. Silakan coba lagi beberapa saat lagi.");
        return "survey/problem";
    }

    private static void page(Model model, HttpServletResponse response, HttpStatus status, String title, String message) {
        response.setStatus(status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
    }
}

package id.slrt.caseengine.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Fills a letter template (Thymeleaf, XML mode: a template must be well-formed XHTML) and renders it to PDF/A-3u
 * with openhtmltopdf and PDFBox: the fonts are embedded (DejaVu Serif, bundled, under every family name a template
 * may ask for), the sRGB output intent is set, and nothing is loaded from outside the letter (images are data
 * URIs: the logo and the QR code).
 */
@Component
public class LetterRenderer {

    private static final String[] FONT_FAMILIES = {"DejaVu Serif", "serif", "sans-serif", "Times New Roman", "Arial",
            "Bookman Old Style", "Helvetica", "monospace"};

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final byte[] regular = resource("letters-assets/DejaVuSerif.ttf");
    private final byte[] bold = resource("letters-assets/DejaVuSerif-Bold.ttf");
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public LetterRenderer() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(false);
    }

    /** The filled template as XHTML. */
    public String fill(byte[] template, Map<String, Object> data) {
        Context context = new Context(java.util.Locale.forLanguageTag("id-ID"));
        context.setVariables(complete(data));
        return engine.process(new String(template, StandardCharsets.UTF_8), context);
    }

    /** Every known field present (null when the case has no value), so a template never fails on a missing one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> complete(Map<String, Object> data) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        data.forEach((k, v) -> all.put(k, v instanceof Map<?, ?> m ? new java.util.LinkedHashMap<>((Map<String, Object>) m) : v));
        for (String field : LetterTemplateRules.FIELDS) {
            String[] path = field.split("\\.");
            ((Map<String, Object>) all.computeIfAbsent(path[0], k -> new java.util.LinkedHashMap<>())).putIfAbsent(path[1], null);
        }
        for (String list : LetterTemplateRules.LISTS.keySet()) {
            String[] path = list.split("\\.");
            if (path.length == 1) {
                all.putIfAbsent(path[0], java.util.List.of());
            } else {
                Map<String, Object> group = (Map<String, Object>) all.computeIfAbsent(path[0], k -> new java.util.LinkedHashMap<>());
                if (group.get(path[1]) == null) {
                    group.put(path[1], java.util.List.of());
                }
            }
        }
        return all;
    }

    public byte[] pdf(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(colorProfile);
            for (String family : FONT_FAMILIES) {
                builder.useFont(() -> new java.io.ByteArrayInputStream(regular), family, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(() -> new java.io.ByteArrayInputStream(bold), family, 700,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            // Only what the letter carries itself: no file, class path or network address is ever opened.
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A QR code of the text as a PNG data URI. */
    public static String qrDataUri(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return pngDataUri(image);
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + text, e);
        }
    }

    static String pngDataUri(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}

package id.slrt.caseengine.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a file really is, read from its bytes (Apache Tika's magic numbers; the name and the declared type are
 * ignored), and whether it may be stored: PDF, JPEG, PNG, WEBP. HEIC is refused: no Java library here decodes it, so
 * neither the pixel check nor the preview could be done. Images are checked for their size in pixels from the
 * header alone before anything is decoded (a decompression bomb never reaches the decoder), then decoded
 * subsampled for a preview.
 */
@Component
public class ContentInspector {

    /** Allowed types and the file-name extensions that go with them. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "application/pdf", List.of("pdf"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/png", List.of("png"),
            "image/webp", List.of("webp"));

    static final String ALLOWED_TEXT = "PDF, JPEG, PNG atau WEBP";

    private final Tika tika = new Tika();
    private final DocumentsProperties properties;

    public ContentInspector(DocumentsProperties properties) {
        this.properties = properties;
        ImageIO.setUseCache(false);
    }

    /** The file name as stored (NFC), or refused: blank, too long, path separators, control characters, no extension. */
    public String fileName(String name) {
        if (name == null || name.isBlank()) {
            throw refused(HttpStatus.BAD_REQUEST, "fileName", "REQUIRED", "nama berkas wajib diisi");
        }
        String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (normalized.length() > 200) {
            throw refused(HttpStatus.BAD_REQUEST, "fileName", "TOO_LONG", "nama berkas paling panjang 200 karakter");
        }
        if (normalized.contains("/") || normalized.contains("\\")) {
            throw refused(HttpStatus.BAD_REQUEST, "fileName", "PATH_SEPARATOR",
                    "nama berkas tidak boleh berisi garis miring (/ atau \\); kirim nama berkasnya saja");
        }
        if (normalized.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029)) {
            throw refused(HttpStatus.BAD_REQUEST, "fileName", "CONTROL_CHARACTER",
                    "nama berkas berisi karakter kendali yang tidak diizinkan");
        }
        if (normalized.startsWith(".") || normalized.lastIndexOf('.') < 1) {
            throw refused(HttpStatus.BAD_REQUEST, "fileName", "NO_EXTENSION",
                    "nama berkas harus berakhiran .pdf, .jpg, .png atau .webp");
        }
        return normalized;
    }

    /** The type the bytes have, when it is allowed and matches the name's extension; refused otherwise. */
    public String contentType(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused(HttpStatus.BAD_REQUEST, "file", "EMPTY", "berkas kosong (0 byte); pilih berkas yang berisi");
        }
        String detected = tika.detect(bytes);
        if (detected.equals("image/heic") || detected.equals("image/heif")) {
            throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "HEIC_NOT_SUPPORTED",
                    "foto HEIC/HEIF belum dapat dibaca; simpan atau kirim ulang sebagai JPEG");
        }
        List<String> extensions = ALLOWED.get(detected);
        if (extensions == null) {
            throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "TYPE_NOT_ALLOWED",
                    "isi berkas bukan " + ALLOWED_TEXT + " (terbaca: " + detected + "); nama atau akhiran berkas "
                            + "tidak menentukan jenisnya");
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!extensions.contains(extension)) {
            throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "fileName", "EXTENSION_MISMATCH",
                    "isi berkas adalah " + detected + " tetapi namanya berakhiran ." + extension
                            + "; ganti akhirannya menjadi ." + extensions.get(0));
        }
        return detected;
    }

    /**
     * For an image: its size is checked from the header, then a preview (longest side {@code previewMaxSide}) is
     * decoded with subsampling, so memory stays bounded whatever the original's size. Null for a PDF.
     */
    public byte[] previewOf(String contentType, byte[] bytes) {
        if (!contentType.startsWith("image/")) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
            if (in == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > properties.maxImagePixels()) {
                    throw refused(HttpStatus.PAYLOAD_TOO_LARGE, "file", "IMAGE_TOO_MANY_PIXELS",
                            "gambar " + width + " x " + height + " piksel melebihi batas "
                                    + properties.maxImagePixels() / 1_000_000 + " megapiksel; perkecil gambarnya");
                }
                int side = properties.previewMaxSide();
                int step = (int) Math.max(1, Math.max(width, height) / (side * 2L));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return scaled(decoded, side);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRefusedException refused) {
                throw refused;
            }
            throw unreadable();
        }
    }

    private static byte[] scaled(BufferedImage image, int side) throws IOException {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage preview = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = preview.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(preview, "jpeg", out);
        return out.toByteArray();
    }

    private static DocumentRefusedException unreadable() {
        return refused(HttpStatus.BAD_REQUEST, "file", "IMAGE_UNREADABLE",
                "gambar rusak atau tidak dapat dibaca; pindai atau foto ulang");
    }

    static DocumentRefusedException refused(HttpStatus status, String field, String code, String message) {
        return new DocumentRefusedException(status, field, code, message);
    }
}

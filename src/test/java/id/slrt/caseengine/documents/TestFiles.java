package id.slrt.caseengine.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files as offices and attackers send them: scans, photos, and the bad ones. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n% " + text + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF of about {@code size} bytes (a scan's size), padded with a comment. */
    static byte[] pdfOfSize(int size) {
        byte[] head = pdf("scan");
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = head.length; i < size; i++) {
            out[i] = (byte) ('a' + i % 26);
        }
        return out;
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("KTP", width / 3, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small PNG whose header claims 100,000 x 100,000 pixels: decoding it would take 40 GB. */
    static byte[] decompressionBombPng() {
        byte[] png = image("png", 8, 8);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // IHDR starts after the 8-byte signature: length(4) "IHDR"(4) width(4) height(4) ... crc.
        buffer.putInt(16, 100_000);
        buffer.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        ByteBuffer.wrap(exe).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x3c, 0x80);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /** 50 MB of zeros in a zip of a few tens of kilobytes. */
    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ktp.pdf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

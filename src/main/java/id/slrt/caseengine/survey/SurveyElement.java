package id.slrt.caseengine.survey;

import java.util.List;

/**
 * The nine elements (unsur) of the satisfaction survey, PermenPAN-RB 14/2017, each answered on a 1-4 scale.
 * Element names follow the regulation's list of unsur; questions and answer labels follow the sample
 * questionnaire in the regulation's annex (Lampiran, "Kuesioner SKM"), as reproduced for example in the
 * Kantor Camat Ulu Manna questionnaire "Permen 14 2017" (https://pdfcoffee.com/permen-14-2017-okkk-pdf-free.html)
 * and in the regulation text at https://puskaandriana.blogspot.com/2023/03/permenpan-no-14-th-2017-tentang-survey.html.
 * Answer 1 is the worst, 4 the best; for U4 (cost) "Gratis" scores 4.
 */
public enum SurveyElement {

    U1("Persyaratan",
            "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
            "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    U2("Sistem, Mekanisme, dan Prosedur",
            "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
            "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    U3("Waktu Penyelesaian",
            "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
            "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    U4("Biaya/Tarif",
            "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
            "Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    U5("Produk Spesifikasi Jenis Pelayanan",
            "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
            "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    U6("Kompetensi Pelaksana",
            "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
            "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    U7("Perilaku Pelaksana",
            "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
            "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    U8("Sarana dan Prasarana",
            "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
            "Buruk", "Cukup", "Baik", "Sangat baik"),
    U9("Penanganan Pengaduan, Saran, dan Masukan",
            "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
            "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik");

    private final String title;
    private final String question;
    private final List<String> answers;

    SurveyElement(String title, String question, String... answers) {
        this.title = title;
        this.question = question;
        this.answers = List.of(answers);
    }

    /** The regulation's name of the element. */
    public String title() {
        return title;
    }

    public String question() {
        return question;
    }

    /** Answer labels for scores 1 to 4, in that order. */
    public List<String> answers() {
        return answers;
    }

    public String answer(int score) {
        return answers.get(score - 1);
    }

    /** Form field and database column name: {@code u1} ... {@code u9}. */
    public String field() {
        return name().toLowerCase();
    }

    public int number() {
        return ordinal() + 1;
    }
}

// The service processes the caseworker's-day browser check can walk through, one entry per process key.
// SLRT_E2E_PROCESS picks them (a comma-separated list; default: DEFAULT_PROCESSES below, ODGJ first).
//
// An entry says, in the words Tasklist shows:
//   processName   the name listed under "Mulai proses" (the process's name in the diagram)
//   starter       the user who starts it from the Tasklist start form
//   reviewer      the user who checks the closed case on the supervisor dashboard and the staff case page
//   start         { form: start form id, values, invalid? }
//   steps         in order, either a user task done in Tasklist:
//                   { task: task name, user, filter: shared filter to find it under, form: form id, values,
//                     shows?, invalid? }
//                 or a step nobody does in Tasklist (an agency's answer through its stand-in):
//                   { system: what happens, user: who then looks at the case page,
//                     event: { type, details? }: the case event log entry it must leave }
//   expectCase    what GET /api/cases/{registrationNumber} answers at the end (fields compared as given)
// `values` and `shows` are objects or functions of the run ({ id, today: 'YYYY-MM-DD' in Asia/Jakarta,
// registrationNumber }).
// `shows` is what read-only fields must display when the task opens: { formKey: text or RegExp }.
// `invalid` is an optional client-side validation check before the real submit:
//   { values: { formKey: wrong value }, errors: { formKey: RegExp the message under the field must match } }
// The wrong values are entered first, the submit must be stopped in the browser with those messages, then the
// fields get their right values from `values` and the form is submitted.
// Values are given by form key: text for text fields, the option value (not its label) for selects and
// radios, true/false for checkboxes, a list of option values for checklists, 'YYYY-MM-DD' for date fields.

/** What runs when SLRT_E2E_PROCESS is not set (and what CI runs). */
export const DEFAULT_PROCESSES = ['odgj-reunification', 'complaint-handling'];

export const SERVICES = {
  'complaint-handling': {
    ready: true,
    processName: 'Pengaduan',
    starter: 'operator',
    reviewer: 'supervisor',
    start: {
      form: 'complaint-start',
      values: (run) => ({
        channel: 'WALK_IN',
        regionCode: '3516',
        reporterName: 'Siti Aminah',
        reporterPhone: '081234500077',
        subjectName: 'Siti Aminah',
        subjectAddress: 'Dusun Kedungsari RT 02 RW 01, Sooko',
        description: `Bantuan PKH keluarga belum diterima sejak tahap kedua (uji e2e ${run.id})`,
      }),
      invalid: {
        values: { regionCode: '35-16' },
        errors: { regionCode: /format|pola/i },
      },
    },
    steps: [
      {
        task: 'Triase pengaduan',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'complaint-triage',
        values: {
          triageDecision: 'HANDLE',
          category: 'SOCIAL_PROTECTION',
          priority: 'NORMAL',
          triageNote: 'Cek status penyaluran PKH tahap kedua di SIKS-NG dan koordinasi dengan pendamping PKH.',
        },
        invalid: {
          values: { triageNote: '' },
          errors: { triageNote: /wajib diisi/i },
        },
      },
      {
        task: 'Tangani pengaduan dan siapkan jawaban',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'complaint-handling-task',
        values: {
          handlingSummary: 'Data penyaluran diperiksa bersama pendamping PKH: dana tahap kedua tertahan karena '
            + 'rekening KKS terblokir; pembukaan blokir diajukan ke bank penyalur.',
          responseToCitizen: 'Bantuan PKH tahap kedua Ibu tertahan karena rekening KKS terblokir. Pembukaan '
            + 'blokir sudah kami ajukan ke bank; silakan datang ke kantor bank dengan KTP dan KKS.',
        },
      },
    ],
    answerBackWindow: 'AnswerBackWindowOver',
    expectCase: { processKey: 'complaint-handling', serviceType: 'COMPLAINT', status: 'CLOSED' },
  },

  // People with a mental illness (ODGJ) found in the street: the story of
  // OdgjReunificationProcessTest.aReportTypedIntoTheTasklistStartFormIsWalkedToTheEnd. The fingerprint capture
  // SJ-3516-0001 is Suparman, registered in Kabupaten Mojokerto, in the local Disdukcapil stand-in's demo data
  // (V70__odgj_biometric_demo_data.sql); no stabilisation, the family takes him back, the supervisor approves
  // the berita acara, and the first follow-up visit closes the case.
  'odgj-reunification': {
    ready: true,
    processName: 'Penanganan dan penyatuan keluarga ODGJ',
    starter: 'operator',
    reviewer: 'supervisor',
    start: {
      form: 'odgj-start',
      values: (run) => ({
        channel: 'PHONE',
        regionCode: '3516',
        reporterName: 'Bu Lurah Jatirejo',
        reporterPhone: '0812 3450 0301',
        subjectName: 'Tanpa nama, laki-laki sekitar 45 tahun',
        subjectSex: 'M',
        description: `Tidur di emperan pasar Jatirejo sejak seminggu, bicara sendiri, tidak mau makan (uji e2e ${run.id})`,
      }),
    },
    steps: [
      {
        task: 'Asesmen ODGJ',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'odgj-assessment',
        shows: (run) => ({ registrationNumber: run.registrationNumber, subjectName: 'Tanpa nama, laki-laki sekitar 45 tahun' }),
        values: (run) => ({
          outreachDate: run.today,
          outreachLocation: 'Pasar Jatirejo',
          estimatedAge: 45,
          mentalCondition: 'CONFUSED',
          physicalCondition: 'Kurus, luka lecet di kaki',
          fingerprintReference: 'SJ-3516-0001',
          needsMedicalStabilisation: false,
          stabilisationAgency: 'RSJ',
          referralConsent: 'OVERRIDDEN',
          consentOverrideReason: 'Dalam krisis akut, tidak dapat memahami dan memberi persetujuan',
          assessmentNote: 'Tidak dapat menyebut nama dan alamat; warga melihatnya sejak seminggu lalu',
        }),
        // The fingerprint reference typed as it sounds on the phone, and an impossible age.
        invalid: {
          values: { estimatedAge: 7, fingerprintReference: 'sj 3516 1' },
          errors: { estimatedAge: /paling kecil 12/i, fingerprintReference: /tidak sesuai format/i },
        },
      },
      {
        system: 'Disdukcapil (local stand-in) answers the fingerprint check',
        user: 'peksos',
        event: { type: 'IDENTITY_CHECKED', details: { outcome: 'FOUND_LOCAL' } },
      },
      {
        task: 'Penelusuran dan kontak keluarga',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'odgj-family-tracing',
        // The stand-in's answer: the registered name replaces the description he was reported under.
        shows: { subjectName: 'Suparman', biometricNote: 'Sidik jari cocok dengan penduduk terdaftar di wilayah ini' },
        values: {
          familyFound: 'FOUND',
          familyContactName: 'Sumini',
          familyContactRelationship: 'PARENT',
          familyContactPhone: '0812-3450-0401',
          familyContactAddress: 'Dusun Kedung RT 02 RW 01, Jatirejo',
          tracingNote: 'Alamat dari data kependudukan, diantar perangkat desa',
        },
      },
      {
        task: 'Asesmen kesiapan keluarga',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'odgj-family-readiness',
        shows: { familyContactName: 'Sumini' },
        values: {
          familyWilling: 'WILLING',
          caregiverAvailable: true,
          homeSafe: true,
          treatmentAccess: true,
          readinessNote: 'Kunjungan rumah dan wawancara dengan keluarga: ibu dan adik siap mendampingi',
        },
      },
      {
        task: 'Serah terima ke keluarga (berita acara)',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'odgj-handover',
        values: (run) => ({
          handoverRecordNumber: `BA/${run.registrationNumber}`,
          handoverDate: run.today,
          receiverName: 'Sumini',
          receiverRelationship: 'PARENT',
          witness1Name: 'Kepala Desa Jatirejo',
          handoverLocation: 'Balai Desa Jatirejo',
          handoverNote: 'Obat untuk 14 hari diserahkan; kontrol ke Puskesmas Jatirejo',
        }),
      },
      {
        task: 'Setujui serah terima ke keluarga',
        user: 'supervisor',
        filter: 'Tugas grup saya',
        form: 'odgj-handover-approval',
        shows: (run) => ({ handoverRecordNumber: `BA/${run.registrationNumber}`, receiverName: 'Sumini',
          witness1Name: 'Kepala Desa Jatirejo' }),
        values: {
          handoverDecision: 'APPROVE',
          handoverApprovalNote: 'Berita acara lengkap, disaksikan kepala desa',
        },
      },
      {
        task: 'Kunjungan lanjutan ke keluarga',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'odgj-follow-up-visit',
        shows: (run) => ({ handoverRecordNumber: `BA/${run.registrationNumber}` }),
        values: (run) => ({
          visitDate: run.today,
          personCondition: 'STABLE',
          takingMedication: true,
          familyCoping: 'COPING',
          followUpDecision: 'COMPLETE',
          visitNote: 'Minum obat teratur, ikut kerja bakti; keluarga sanggup merawat',
        }),
      },
    ],
    expectCase: { processKey: 'odgj-reunification', serviceType: 'ODGJ_REUNIFICATION', status: 'CLOSED', outcome: 'REUNIFIED' },
  },
};

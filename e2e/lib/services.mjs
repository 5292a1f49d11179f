// The service processes the caseworker's-day browser check can walk through, one entry per process key.
// Choose one with SLRT_E2E_PROCESS (default complaint-handling).
//
// An entry says, in the words Tasklist shows:
//   processName   the name listed under "Mulai proses" (the process's name in the diagram)
//   starter       the user who starts it from the Tasklist start form
//   start         { form: start form id, values: { formKey: value } , invalid? }
//   steps         the user tasks in order: { task: task name, user, filter: shared filter to find it under,
//                 form: form id, values: { formKey: value }, invalid? }
//   expectCase    what GET /api/cases/{registrationNumber} answers at the end (fields compared as given)
// `invalid` is an optional client-side validation check before the real submit:
//   { values: { formKey: wrong value }, errors: { formKey: RegExp the message under the field must match } }
// The wrong values are entered first, the submit must be stopped in the browser with those messages, then the
// fields get their right values from `values` and the form is submitted.
// Values are given by form key: text for text fields, the option value (not its label) for selects and
// radios, true/false for checkboxes, a list of option values for checklists.

export const SERVICES = {
  'complaint-handling': {
    ready: true,
    processName: 'Pengaduan',
    starter: 'operator',
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
    expectCase: { processKey: 'complaint-handling', status: 'CLOSED' },
  },

  // ODGJ reunification (being built in another branch): fill in the names and form keys from its diagram and
  // forms, then set ready: true. Shape of the day: the front office starts it from the start form, a
  // caseworker of the group assesses, the supervisor approves the handover to the family.
  'odgj-reunification': {
    ready: false,
    processName: 'TODO name of the process in the diagram',
    starter: 'operator',
    start: {
      form: 'TODO start form id',
      values: (run) => ({ /* formKey: value; put run.id in a free-text field */ }),
    },
    steps: [
      {
        task: 'TODO assessment task name',
        user: 'peksos',
        filter: 'Tugas grup saya',
        form: 'TODO assessment form id',
        values: {},
        // invalid: { values: { someRequiredKey: '' }, errors: { someRequiredKey: /wajib diisi/i } },
      },
      {
        task: 'TODO handover approval task name',
        user: 'supervisor',
        filter: 'Tugas grup saya',
        form: 'TODO approval form id',
        values: {},
      },
    ],
    expectCase: { processKey: 'odgj-reunification', status: 'CLOSED' },
  },
};

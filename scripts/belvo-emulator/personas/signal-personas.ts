import type { Persona } from "./types";

// Personas that raise Cotiza's risk signals (lib/metrics/signal-flags.ts). Days are relative to the
// day the emulator first saw the CURP; Cotiza counts the application as the day the applicant is
// added, which for a demo is that same day.
export const SIGNAL_PERSONAS = {
  modalidad40: {
    curp: "OAJM680912HSLCMR04",
    institution: "imss_mx_employment",
    description:
      "Modalidad 40: a 20-year job with a voluntary contribution 100 days before first seen",
    firstName: "Martín",
    lastName: "Ocaña Jiménez",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Agrícola Culiacán del Valle S.A. de C.V.",
          state: "SINALOA",
          from: -12800,
          to: -7400,
          level: 0.9,
        },
        {
          employer: "Distribuidora Mazatleca de Abarrotes S.A. de C.V.",
          state: "SINALOA",
          from: -7350,
          level: 1.5,
          events: [{ at: -100, event: "VOLUNTARY_CONTRIBUTION" }],
        },
      ],
    },
  },
  newHighSalary: {
    curp: "GUSA930418HNLTLN04",
    institution: "imss_mx_employment",
    description:
      "New employer before applying: a job at 1.8× the typical wage started 30 days before first seen, after 7 months without one",
    firstName: "Andrés",
    lastName: "Gutiérrez Solís",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Maquiladora Regiomontana del Norte S.A. de C.V.",
          state: "NUEVO LEON",
          from: -2900,
          to: -250,
          level: 0.7,
        },
        {
          employer: "Consultores Financieros Cañedo S.C.",
          state: "NUEVO LEON",
          from: -30,
          level: 1.8,
        },
      ],
    },
  },
} as const satisfies Record<string, Persona>;

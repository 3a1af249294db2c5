import type { Persona } from "./types";

// Days are relative to the day the emulator first saw the CURP.
export const SITUATION_PERSONAS = {
  dismissed: {
    curp: "GOUR880425HNLMRL08",
    institution: "imss_mx_employment",
    description: "Recently dismissed: unemployed since 25 days ago, health coverage still in force",
    firstName: "Raúl",
    lastName: "Gómez Uribe",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Constructora Peñasco S.A. de C.V.",
          state: "NUEVO LEON",
          from: -3400,
          to: -2640,
          level: 0.7,
        },
        {
          employer: "Manufacturas Chávez y Lara S.A. de C.V.",
          state: "NUEVO LEON",
          from: -2600,
          to: -25,
          level: 1.0,
        },
      ],
    },
  },
  redeemedWeeks: {
    curp: "CADY831205MVZRZL08",
    institution: "imss_mx_employment",
    description: "Redeemed weeks: 48 weeks withdrawn for unemployment, 12 reinstated",
    firstName: "Yolanda",
    lastName: "Carrillo Díaz",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Alimentos La Piñata S.A. de C.V.",
          state: "VERACRUZ",
          from: -3000,
          to: -1300,
          level: 0.7,
        },
        {
          employer: "Comercializadora Vázquez y Núñez S.A. de C.V.",
          state: "VERACRUZ",
          from: -1100,
          level: 0.75,
        },
      ],
      weeksRedeemed: 48,
      weeksReinstated: 12,
    },
  },
  risky: {
    curp: "DORS890621MJCMNF06",
    institution: "imss_mx_employment",
    description:
      "Risky applicant: a 20-month gap, a 22% salary cut 100 days ago, 36 weeks redeemed and none reinstated",
    firstName: "Sofía",
    lastName: "Domínguez Rangel",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Textiles Tapatíos S.A. de C.V.",
          state: "JALISCO",
          from: -4200,
          to: -1500,
          level: 1.1,
        },
        {
          employer: "Comercializadora Ríos y Peña S.A. de C.V.",
          state: "JALISCO",
          from: -900,
          level: 1.3,
          raise: { at: -100, fraction: -0.22 },
        },
      ],
      weeksRedeemed: 36,
    },
  },
  retiree: {
    curp: "VALR600211HGTZRM07",
    institution: "imss_mx_employment",
    description: "Retiree: 25-year career, pensioned a year ago (entitlement status RETIRED)",
    firstName: "Ramón",
    lastName: "Vázquez Lara",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Manufacturas del Bajío S.A. de C.V.",
          state: "GUANAJUATO",
          from: -9300,
          to: -4000,
          level: 1.2,
        },
        {
          employer: "Transportes Gutiérrez y Reyes S.A. de C.V.",
          state: "GUANAJUATO",
          from: -3950,
          to: -400,
          level: 1.6,
        },
      ],
      retiredAt: -399,
    },
  },
  promotion: {
    curp: "AAMR940808MQRLRN01",
    institution: "imss_mx_employment",
    description:
      "Recurrent-link demo: an 18% raise 10 days after first seen (employment_changes on refresh)",
    firstName: "Renata",
    lastName: "Álvarez Moreno",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Servicios Administrativos del Sureste S.A. de C.V.",
          state: "QUINTANA ROO",
          from: -900,
          level: 0.9,
          raise: { at: 10, fraction: 0.18 },
        },
      ],
    },
  },
  jobLoss: {
    curp: "IARH870314HDFBZC09",
    institution: "imss_mx_employment",
    description:
      "Monitoring demo: the current job ends 10 days after first seen (job loss on refresh)",
    firstName: "Héctor",
    lastName: "Iñárritu Ruiz",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Distribuidora Muñoz y Peña S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -3100,
          to: -1900,
          level: 0.85,
        },
        {
          employer: "Logística Azteca del Centro S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -1850,
          to: 10,
          level: 1.0,
        },
      ],
    },
  },
  salaryCut: {
    curp: "PEML910207MPLXRC01",
    institution: "imss_mx_employment",
    description:
      "Monitoring demo: a 15% salary cut 10 days after first seen (SALARY_DECREASED on refresh)",
    firstName: "Lucía",
    lastName: "Peña Márquez",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Autopartes Poblanas Téllez S.A. de C.V.",
          state: "PUEBLA",
          from: -1400,
          level: 1.1,
          raise: { at: 10, fraction: -0.15 },
        },
      ],
    },
  },
  sandbox: {
    curp: "BLPM951331IONVGR54",
    institution: "planet_mx_employment",
    description: "Belvo's documented sandbox CURP (its month 13 is kept: birth_date is null)",
    firstName: "Bruno",
    lastName: "López Pérez",
    email: null,
    behaviour: "data",
  },
} as const satisfies Record<string, Persona>;

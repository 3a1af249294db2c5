import type { Persona } from "./types";

// Days are relative to the day the emulator first saw the CURP, so "recent" stays recent.
export const EMPLOYED_PERSONAS = {
  stable: {
    curp: "IANM850314MDFBXR00",
    institution: "imss_mx_employment",
    description: "Stable employee: 12+ years at the same employer, yearly raises",
    firstName: "Mariana",
    lastName: "Ibáñez Núñez",
    email: "mariana.ibanez@example.com",
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Comercializadora Peña y Núñez S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -5600,
          to: -4700,
          level: 1.0,
        },
        {
          employer: "Grupo Industrial Ibáñez del Bajío S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -4650,
          level: 1.4,
        },
      ],
    },
  },
  recentHire: {
    curp: "PEOJ980722HJCXCS08",
    institution: "imss_mx_employment",
    description: "Recent hire: new job started 2 months ago after a 3-week gap",
    firstName: "Jesús",
    lastName: "Peña Ochoa",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Distribuidora Muñoz y Yáñez S.A. de C.V.",
          state: "JALISCO",
          from: -1500,
          to: -82,
          level: 0.7,
        },
        {
          employer: "Logística Águila Real S. de R.L. de C.V.",
          state: "JALISCO",
          from: -60,
          level: 0.85,
        },
      ],
    },
  },
  longGap: {
    curp: "ZUTG791102MPLXRD04",
    institution: "imss_mx_employment",
    description: "Long gap: 18 months without formal employment before the current job",
    firstName: "Guadalupe",
    lastName: "Zúñiga Trejo",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Manufacturas Tláloc S.A. de C.V.",
          state: "PUEBLA",
          from: -3900,
          to: -700,
          level: 0.9,
        },
        { employer: "Alimentos del Golfo S.A. de C.V.", state: "PUEBLA", from: -150, level: 0.7 },
      ],
    },
  },
  capped: {
    curp: "KUYA720509HNLRXL01",
    institution: "imss_mx_employment",
    description: "Salary at the 25-UMA cap (the real salary is at least this)",
    firstName: "Alejandro",
    lastName: "Kuri Yáñez",
    email: "akuri@example.com",
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Consultoría Domínguez y Ortiz S.C.",
          state: "NUEVO LEON",
          from: -5000,
          to: -2200,
          level: 6,
        },
        {
          employer: "Grupo Industrial del Norte S.A.P.I. de C.V.",
          state: "NUEVO LEON",
          from: -2170,
          level: 12,
        },
      ],
    },
  },
  concurrent: {
    curp: "HESL900130HMCRLS07",
    institution: "imss_mx_employment",
    description: "Two concurrent jobs (a second, part-time employer for the last 13 months)",
    firstName: "Luis",
    lastName: "Hernández Salazar",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Transportes Salazar y Ruiz S.A. de C.V.",
          state: "ESTADO DE MEXICO",
          from: -2200,
          level: 1.1,
        },
        {
          employer: "Servicios Administrativos Océano S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -400,
          level: 0.5,
        },
      ],
    },
  },
  issste: {
    curp: "OIEB810817MPLRST09",
    institution: "issste_mx_employment",
    description:
      "ISSSTE public-sector worker (teacher, then health services); no weeks summary, no score",
    firstName: "Beatriz",
    lastName: "Ortiz Esquivel",
    email: null,
    behaviour: "data",
    career: {
      sector: "issste",
      jobs: [
        {
          employer: "SECRETARIA DE EDUCACION PUBLICA (SEP);SECRETARIA DE EDUCACION PUBLICA (SEP)",
          from: -6200,
          to: -3700,
          level: 1.0,
        },
        {
          employer: "SECRETARIA DE SALUD (SSA);SERVICIOS DE SALUD DEL ESTADO DE PUEBLA",
          from: -3650,
          level: 1.2,
        },
      ],
    },
  },
} as const satisfies Record<string, Persona>;

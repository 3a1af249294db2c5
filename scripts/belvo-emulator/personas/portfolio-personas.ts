import type { Persona, PersonaJob } from "./types";

// Personas for Cotiza's portfolio-wide signals, which look across applicants rather than at one
// record. Days are relative to the day the emulator first saw each CURP; the demo seeds them all on
// one day, so they apply within a few days of each other.

/**
 * A fictitious shell employer: one name, one registro patronal (letter, nine digits, check digit
 * by employers.ts's scheme), in the current job of six applicants who joined it 20 to 45 days
 * before applying, every one registered at the same SBC (1.4 times the typical wage, enough to
 * qualify for credit). Six distinct CURPs are more than the concentration signal's default of 5.
 */
export const SHELL_EMPLOYER = {
  name: "Soluciones Integrales Tepeyac S.A. de C.V.",
  employerId: "Y6043187522",
  state: "CIUDAD DE MEXICO",
} as const;

/** One NSS (subdelegación 14, registered 2007, born 1987, check digit 0) under two CURPs. */
export const SHARED_NSS = "14078731420";

function shellJob(from: number): PersonaJob {
  return {
    employer: SHELL_EMPLOYER.name,
    employerId: SHELL_EMPLOYER.employerId,
    state: SHELL_EMPLOYER.state,
    from,
    level: 1.4,
  };
}

export const PORTFOLIO_PERSONAS = {
  shellEmployer1: {
    curp: "CARR910412HDFSBC03",
    institution: "imss_mx_employment",
    description:
      "Shell employer (1 of 6): joined it 22 days before first seen, after 11 years in retail and a 4-month gap",
    firstName: "Ricardo",
    lastName: "Castañeda Rubio",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Tiendas de Autoservicio Azcapotzalco S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -4300,
          to: -150,
          level: 0.6,
        },
        shellJob(-22),
      ],
    },
  },
  shellEmployer2: {
    curp: "VIMD960903MMCLZN27",
    institution: "imss_mx_employment",
    description:
      "Shell employer (2 of 6): joined it 27 days before first seen, after two short jobs and 13 months without one",
    firstName: "Diana Lorena",
    lastName: "Villalobos Meza",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Centro de Contacto Naucalpan S.C.",
          state: "ESTADO DE MEXICO",
          from: -2700,
          to: -1200,
          level: 0.5,
        },
        {
          employer: "Mensajería Express Tlalnepantla S.A. de C.V.",
          state: "ESTADO DE MEXICO",
          from: -1150,
          to: -420,
          level: 0.55,
        },
        shellJob(-27),
      ],
    },
  },
  shellEmployer3: {
    curp: "PALE880127HPLCZD59",
    institution: "imss_mx_employment",
    description:
      "Shell employer (3 of 6): joined it 31 days before first seen, leaving 14 years at a Puebla auto-parts plant",
    firstName: "Eduardo",
    lastName: "Pacheco Lozano",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Autopartes Cholula S.A. de C.V.",
          state: "PUEBLA",
          from: -5200,
          to: -60,
          level: 0.8,
        },
        shellJob(-31),
      ],
    },
  },
  shellEmployer4: {
    curp: "AISK940615MHGVRR12",
    institution: "imss_mx_employment",
    description:
      "Shell employer (4 of 6): joined it 36 days before first seen, 12 days after leaving a Pachuca pharmacy chain",
    firstName: "Karina",
    lastName: "Ávila Serrano",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Textiles Tulancingo S.A. de C.V.",
          state: "HIDALGO",
          from: -3300,
          to: -1900,
          level: 0.55,
        },
        {
          employer: "Farmacias del Valle de Pachuca S.A. de C.V.",
          state: "HIDALGO",
          from: -1850,
          to: -48,
          level: 0.6,
        },
        shellJob(-36),
      ],
    },
  },
  shellEmployer5: {
    curp: "LEFO991122HVZDNM30",
    institution: "imss_mx_employment",
    description:
      "Shell employer (5 of 6): joined it 40 days before first seen, after two temporary jobs in Veracruz and 3 years without one",
    firstName: "Omar",
    lastName: "Ledesma Fuentes",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Logística Portuaria Veracruzana S.A. de C.V.",
          state: "VERACRUZ",
          from: -2100,
          to: -1700,
          level: 0.5,
        },
        {
          employer: "Restaurantes del Puerto Jarocho S.A. de C.V.",
          state: "VERACRUZ",
          from: -1500,
          to: -1100,
          level: 0.45,
        },
        shellJob(-40),
      ],
    },
  },
  shellEmployer6: {
    curp: "MOIP850208MDFNBT70",
    institution: "imss_mx_employment",
    description:
      "Shell employer (6 of 6): joined it 44 days before first seen, after 15 years at a clinical laboratory and 2 years without a job",
    firstName: "Patricia",
    lastName: "Montoya Ibarra",
    email: null,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Laboratorios Clínicos Coyoacán S.A. de C.V.",
          state: "CIUDAD DE MEXICO",
          from: -6400,
          to: -800,
          level: 0.9,
        },
        shellJob(-44),
      ],
    },
  },
  sharedNss1: {
    curp: "ROCA870719MJCBSL45",
    institution: "imss_mx_employment",
    description: `Shared NSS: ${SHARED_NSS} also appears under sharedNss2's CURP; 12 years at a Zapopan textile firm`,
    firstName: "Alejandra",
    lastName: "Robles Cisneros",
    email: null,
    nss: SHARED_NSS,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Papelería Comercial Tapatía S.A. de C.V.",
          state: "JALISCO",
          from: -7000,
          to: -4400,
          level: 0.7,
        },
        {
          employer: "Textiles Finos de Zapopan S.A. de C.V.",
          state: "JALISCO",
          from: -4380,
          level: 1,
        },
      ],
    },
  },
  sharedNss2: {
    curp: "QUBF830330HGTRRR90",
    institution: "imss_mx_employment",
    description: `Shared NSS: ${SHARED_NSS} also appears under sharedNss1's CURP; 15 years at a León auto-parts maker`,
    firstName: "Fernando",
    lastName: "Quiroz Bermúdez",
    email: null,
    nss: SHARED_NSS,
    behaviour: "data",
    career: {
      sector: "imss",
      jobs: [
        {
          employer: "Autopartes del Bajío León S.A. de C.V.",
          state: "GUANAJUATO",
          from: -5600,
          level: 1.1,
        },
      ],
    },
  },
} as const satisfies Record<string, Persona>;

/** The six applicants of the shell employer, for tests and demos that connect them all. */
export const SHELL_EMPLOYEES = [
  "shellEmployer1",
  "shellEmployer2",
  "shellEmployer3",
  "shellEmployer4",
  "shellEmployer5",
  "shellEmployer6",
] as const satisfies readonly (keyof typeof PORTFOLIO_PERSONAS)[];

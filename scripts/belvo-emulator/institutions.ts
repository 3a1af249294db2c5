import type { Sector } from "./data/career";
import type { InstitutionName } from "./personas";

export const CURP_VALIDATION = "^([A-Z]{4})([0-9]{6})([A-Z]{6})([A-Z0-9]{2})$";
const CURP_MESSAGE = "La CURP tiene que ser de 18 caracteres y mayúsculas";
const STATICS = "https://statics.sandbox.belvo.io/institutions";

type FormField = Record<string, string | boolean>;

const curpField: FormField = {
  name: "username",
  type: "text",
  label: "CURP",
  validation: CURP_VALIDATION,
  placeholder: "Ej: LOLJ970312MBSPPN08",
  validation_message: CURP_MESSAGE,
};
const emailField: FormField = {
  name: "username2",
  type: "text",
  label: "Correo electrónico (opcional)",
  validation: "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
  placeholder: "nombre@ejemplo.com",
  validation_message: "Ingresa un correo electrónico válido",
  optional: true,
};

export type Institution = {
  id: number;
  name: InstitutionName;
  type: "employment";
  code: string | null;
  website: string | null;
  display_name: string;
  country_code: string;
  country_codes: string[];
  primary_color: string;
  logo: string | null;
  icon_logo: string | null;
  text_logo: string | null;
  form_fields: FormField[];
  features: { name: string; description: string }[];
  resources: string[];
  integration_type: "credentials";
  status: "healthy" | "down";
  openbanking_information: null;
};

function institution(
  id: number,
  name: InstitutionName,
  displayName: string,
  resources: string[],
  logo: string,
  fields: FormField[],
): Institution {
  return {
    id,
    name,
    type: "employment",
    code: String(id),
    website: null,
    display_name: displayName,
    country_code: "MX",
    country_codes: ["MX"],
    primary_color: "#056dae",
    logo: `${STATICS}/text_logos/${logo}_text.svg`,
    icon_logo: `${STATICS}/icon_logos/${logo}_icon.svg`,
    text_logo: `${STATICS}/text_logos/${logo}_text.svg`,
    form_fields: fields,
    features: [],
    resources,
    integration_type: "credentials",
    status: "healthy",
    openbanking_information: null,
  };
}

/** 9454 and the planet values are observed in Belvo's sandbox; IMSS/ISSSTE ids are our choice. */
export const INSTITUTIONS: readonly Institution[] = [
  institution(
    9454,
    "planet_mx_employment",
    "Planet Express Employment",
    ["EMPLOYMENT_RECORDS", "OWNERS"],
    "IMSS",
    [
      curpField,
      {
        name: "password",
        type: "hidden",
        label: "Password",
        value: "fake-password",
        validation: ".*",
        placeholder: "",
        validation_message: "",
      },
    ],
  ),
  institution(
    9601,
    "imss_mx_employment",
    "IMSS",
    ["EMPLOYMENT_RECORDS", "CURRENT_EMPLOYMENTS", "EMPLOYMENT_METRICS", "OWNERS"],
    "IMSS",
    [curpField, emailField],
  ),
  institution(9602, "issste_mx_employment", "ISSSTE", ["EMPLOYMENT_RECORDS", "OWNERS"], "ISSSTE", [
    curpField,
    emailField,
  ]),
];

export function institutionByName(name: string): Institution | undefined {
  return INSTITUTIONS.find((item) => item.name === name);
}

/** The regime whose records an institution returns: the sandbox institution behaves like IMSS. */
export function sectorOf(name: InstitutionName): Sector {
  return name === "issste_mx_employment" ? "issste" : "imss";
}

import type { Open } from "./common";

export interface InstitutionFormField {
  name: string;
  type: string;
  label: string | null;
  validation: string | null;
  validationMessage: string | null;
  placeholder: string | null;
  /** Only for hidden fields, e.g. the sandbox's fixed password. */
  value: string | null;
}

export interface BelvoInstitution {
  id: number;
  name: string;
  type: Open<"bank" | "fiscal" | "employment">;
  displayName: string;
  website: string | null;
  countryCodes: string[];
  primaryColor: string | null;
  logo: string | null;
  iconLogo: string | null;
  textLogo: string | null;
  formFields: InstitutionFormField[];
  features: { name: string; description: string | null }[];
  resources: string[];
  integrationType: string | null;
  status: Open<"healthy" | "down">;
}

import type { BelvoInstitution } from "../types";
import type { RawInstitution } from "../schemas/institution";

export function transformInstitution(raw: RawInstitution): BelvoInstitution {
  return {
    id: raw.id,
    name: raw.name,
    type: raw.type,
    displayName: raw.display_name,
    website: raw.website,
    countryCodes: raw.country_codes,
    primaryColor: raw.primary_color,
    logo: raw.logo,
    iconLogo: raw.icon_logo,
    textLogo: raw.text_logo,
    formFields: raw.form_fields.map((field) => ({
      name: field.name,
      type: field.type,
      label: field.label,
      validation: field.validation,
      validationMessage: field.validation_message,
      placeholder: field.placeholder,
      value: field.value,
    })),
    features: raw.features,
    resources: raw.resources,
    integrationType: raw.integration_type,
    status: raw.status,
  };
}

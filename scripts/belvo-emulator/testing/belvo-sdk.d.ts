// The official `belvo` SDK ships no types: just the calls the conformance test makes.
declare module "belvo" {
  type Json = Record<string, unknown>;
  type ListOptions = { limit?: number; filters?: Record<string, string> };
  interface Resource {
    list(options?: ListOptions): Promise<Json[]>;
    detail(id: unknown): Promise<Json>;
    delete(id: unknown): Promise<boolean>;
  }
  export default class Client {
    constructor(secretKeyId: string, secretKeyPassword: string, url?: string);
    connect(): Promise<void>;
    institutions: Resource;
    links: Resource & {
      register(
        institution: string,
        username: string,
        password: string,
        options?: Json,
      ): Promise<Json>;
      update(id: unknown, options?: Json): Promise<Json>;
      patch(id: unknown, options?: Json): Promise<Json>;
    };
    employmentRecords: Resource & {
      retrieve(
        link: unknown,
        options?: { saveData?: boolean; attachPDF?: boolean },
      ): Promise<Json[]>;
    };
    widgetToken: { create(options?: Json): Promise<Json> };
  }
}

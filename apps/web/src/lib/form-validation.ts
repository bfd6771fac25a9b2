import { type FormErrors, schemaResolver } from '@mantine/form';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * Validates a form with the same zod schema the server applies (from `@stayzr/shared`), plus any checks
 * only the form knows about, such as a repeated password.
 */
export function validateWith<Values>(schema: Schema, check?: (values: Values) => FormErrors) {
  const resolve = schemaResolver(schema, { sync: true });
  return (values: Values): FormErrors => ({ ...resolve(values), ...check?.(values) });
}

export function passwordsMatch(values: { password: string; confirmPassword: string }): FormErrors {
  return values.confirmPassword === values.password ? {} : { confirmPassword: 'The passwords do not match.' };
}

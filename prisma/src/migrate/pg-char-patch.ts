import pg from 'pg';

// W1: the engine introspects pg_catalog columns of type "char" (OID 18), which adapter-pg refuses
// to map ("Column type 'char' could not be deserialized"). adapter-pg checks the OID itself, so a
// type parser is not enough: the field description has to claim text (OID 25) before pg builds
// its parsers. This is process-global, which is why only the migration runner installs it and the
// app server never imports this module.
const CHAR_OID = 18;
const TEXT_OID = 25;
const PATCHED = Symbol.for('stayzr.migrate.pgCharOidPatch');

interface FieldDescription {
  dataTypeID: number;
}

interface PatchableResultPrototype {
  addFields(fields: FieldDescription[]): void;
  [PATCHED]?: true;
}

export function installCharOidPatch(): void {
  const proto = pg.Result.prototype as unknown as PatchableResultPrototype;
  if (proto[PATCHED]) return;
  const original = proto.addFields;
  proto.addFields = function addFields(this: unknown, fields: FieldDescription[]) {
    for (const field of fields) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    original.call(this, fields);
  };
  proto[PATCHED] = true;
}

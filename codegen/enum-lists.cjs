// A GraphQL Code Generator plugin: the schema's enums as constant objects whose keys and values
// are the enum values, in the order the schema declares them (the order lists are shown in).
// The typescript plugin's enumsAsConst output follows the order codegen loads the schema files
// in, which changes from run to run unless the schema is sorted, and sorting sorts the values.
// Here the enums are sorted by name and each keeps its declared value order (its AST), so the
// output is the same on every run and every machine.
const { isEnumType } = require('graphql');

const comment = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');

module.exports = {
  plugin(schema) {
    const enums = Object.values(schema.getTypeMap())
      .filter((t) => isEnumType(t) && !t.name.startsWith('__'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return enums
      .map((type) => {
        const byName = new Map(type.getValues().map((v) => [v.name, v]));
        const order = type.astNode ? type.astNode.values.map((v) => v.name.value) : [...byName.keys()];
        const lines = order.map((name) => `${comment(byName.get(name).description, '  ')}  ${name}: '${name}',`);
        return `${comment(type.description)}export const ${type.name} = {\n${lines.join('\n')}\n} as const;\nexport type ${type.name} = (typeof ${type.name})[keyof typeof ${type.name}];\n`;
      })
      .join('\n');
  },
};

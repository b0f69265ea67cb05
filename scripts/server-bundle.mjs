// The server bundle (dist/Code.js) from esbuild's output: readable, names kept, nothing Apps Script parses for naught.
import ts from 'typescript';

/**
 * keepNames keeps every function's name by wrapping it: `__name(f, "f")` after a declaration, and
 * `const f = __name(() => ..., "f")` around a function value. Where JavaScript already gives the
 * function that very name (a declaration; an anonymous function given to a `const`, `let`, `var`
 * or an object's property of that name), the wrapper changes nothing, yet it costs: a closure made
 * per call (per row) had its name property redefined each time, a few percent of a custom
 * function's time on a full tab, and the bundle carried some 15 KB of them. Those wrappers are
 * dropped here; the ones that rename (a class or function renamed apart from a namesake in
 * another module, e.g. `label2` named `label`) stay.
 *
 * A class is kept by the name it is written with: `var _X = class _X {...}; __name(_X, "X"); var
 * X = _X;` becomes `var _X = class X {...}; var X = _X;`, named by its own expression. Redefining
 * a class's name property gives it a shape the optimizing compiler does not take for a plain
 * class's: each `instanceof X` and `new X()` was then a generic call (1.4% of a cold
 * CHANNEL_PLAN's instructions). Only where `var X = _X` follows: inside the class, `X` is then the
 * class itself either way.
 */
export function dropNoOpNames(code) {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2019, true, ts.ScriptKind.JS);
  /** [from, to) ranges of the text to leave out, and what to put there instead ('' if nothing). */
  const cuts = [];
  const isNameCall = (n) =>
    ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === '__name' && n.arguments.length === 2 && ts.isStringLiteral(n.arguments[1]);
  const visit = (node) => {
    if (ts.isExpressionStatement(node) && isNameCall(node.expression)) {
      // `function f() {}` then `__name(f, "f");`: the declaration already names it.
      const [target, name] = node.expression.arguments;
      const statements = node.parent.statements;
      const before = statements?.[statements.indexOf(node) - 1];
      if (ts.isIdentifier(target) && target.text === name.text && before && ts.isFunctionDeclaration(before) && before.name?.text === name.text) {
        cuts.push([node.getFullStart(), node.end]);
      }
      // `var _X = class _X {...}; __name(_X, "X"); var X = _X;`: the class expression named X.
      const after = statements?.[statements.indexOf(node) + 1];
      const declared = (st) =>
        st && ts.isVariableStatement(st) && st.declarationList.declarations.length === 1 ? st.declarationList.declarations[0] : undefined;
      const cls = declared(before);
      const alias = declared(after);
      if (
        ts.isIdentifier(target) &&
        cls?.initializer &&
        ts.isClassExpression(cls.initializer) &&
        ts.isIdentifier(cls.name) &&
        cls.name.text === target.text &&
        cls.initializer.name?.text === target.text &&
        alias?.initializer &&
        ts.isIdentifier(alias.name) &&
        alias.name.text === name.text &&
        ts.isIdentifier(alias.initializer) &&
        alias.initializer.text === target.text
      ) {
        cuts.push([cls.initializer.name.getStart(file), cls.initializer.name.end, name.text], [node.getFullStart(), node.end]);
      }
    } else if (isNameCall(node)) {
      // `const f = /* @__PURE__ */ __name(() => ..., "f")`, `{ f: __name(() => ..., "f") }`: the binding names it.
      const [fn, name] = node.arguments;
      const p = node.parent;
      const anonymous = ts.isArrowFunction(fn) || (ts.isFunctionExpression(fn) && !fn.name);
      const binding =
        ts.isVariableDeclaration(p) && p.initializer === node && ts.isIdentifier(p.name)
          ? p.name.text
          : ts.isPropertyAssignment(p) && p.initializer === node && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text !== '__proto__'
            ? p.name.text
            : undefined;
      if (anonymous && binding === name.text) {
        const start = node.getStart(file);
        const pure = '/* @__PURE__ */ ';
        const from = code.slice(start - pure.length, start) === pure ? start - pure.length : start;
        cuts.push([from, fn.getStart(file)], [fn.end, node.end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to, text = ''] of cuts) {
    out += code.slice(at, from) + text;
    at = to;
  }
  return out + code.slice(at);
}

/**
 * A module's code as one global, e.g. `var ProspectChannelPlanner = (() => { ...; return { CHANNEL, ... }; })();`:
 * the module's own lines as esbuild wrote them, not indented again (esbuild's iife indents every
 * line, some 9 KB that Apps Script parses on every call), and its exports returned as they are.
 */
export function asGlobal(esm, globalName) {
  const file = ts.createSourceFile('module.js', esm, ts.ScriptTarget.ES2019, true, ts.ScriptKind.JS);
  const exports = file.statements.filter((st) => ts.isExportDeclaration(st));
  const other = file.statements.find(
    (st) => !ts.isExportDeclaration(st) && (ts.isImportDeclaration(st) || ts.getCombinedModifierFlags(st) & ts.ModifierFlags.Export),
  );
  if (other || exports.some((st) => st.moduleSpecifier || !st.exportClause || !ts.isNamedExports(st.exportClause))) {
    throw new Error('asGlobal: expected a bundle whose only module syntax is `export { ... }`');
  }
  let body = '';
  let at = 0;
  for (const st of exports) {
    body += esm.slice(at, st.getFullStart());
    at = st.end;
  }
  body += esm.slice(at);
  const names = exports.flatMap((st) =>
    st.exportClause.elements.map((e) => {
      const local = (e.propertyName ?? e.name).text;
      return local === e.name.text ? local : `${e.name.text}: ${local}`;
    }),
  );
  return `"use strict";\nvar ${globalName} = (() => {\n${body.trim()}\n\nreturn { ${names.join(', ')} };\n})();\n`;
}

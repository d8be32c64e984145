// A GraphiQL sidebar plugin listing the example operations: choosing one opens it in a new
// tab, ready to run and adapt. The list is open when the playground starts.
import { type GraphiQLPlugin, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import type { Example } from './example-format.ts';

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

/** The panel stays short: the whole description is in the operation's comment. */
function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function ExamplesList({ examples }: { examples: Example[] }) {
  const { addTab, setOperationName } = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const open = (example: Example) => {
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue('');
    // The editor reads the operation's name from its text only after a pause; pressing ▶ before
    // then would send the previous tab's name with this tab's text ("Unknown operation named …").
    if (example.operationName) setOperationName(example.operationName);
  };
  return (
    <section className="pantau-examples" aria-label="Example operations">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="pantau-examples-intro">
        Ready-made questions about the data. Choose one to open it in a new tab, then press ▶ to run it. Variables have defaults in each
        operation: change them in the query or in the Variables pane.
      </p>
      <ol>
        {examples.map((example) => (
          <li key={example.id}>
            <button type="button" data-example={example.id} onClick={() => open(example)}>
              {example.title}
            </button>
            <p>{firstSentence(example.description)}</p>
          </li>
        ))}
      </ol>
      <p className="pantau-examples-intro">
        Limits keep the endpoint safe to leave open: depth, aliases, directives, cost, tokens and body size. A query that hits one gets an
        error naming the limit (code QUERY_LIMIT_EXCEEDED).
      </p>
    </section>
  );
}

export function examplesPlugin(examples: Example[]): GraphiQLPlugin {
  return { title: 'Examples', icon: ExamplesIcon, content: () => <ExamplesList examples={examples} /> };
}

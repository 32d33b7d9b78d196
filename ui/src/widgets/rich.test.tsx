// One helper says a message with elements inside, in the current language, with each element
// where the message places it.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/I18n";
import { ltr, rich, sayEnglish, useRich } from "./rich";

function Rich({ say }: { say(rich: ReturnType<typeof useRich>): ReactNode }) {
  return <p>{say(useRich())}</p>;
}

const html = (node: ReactNode) => render(<>{node}</>).container.innerHTML;

describe("rich messages", () => {
  it("put the elements where the message places them, by the hook or given `t`", () => {
    const element = <code dir="ltr">C:\custody\site.db</code>;
    const byHook = html(<Rich say={(say) => say("session.firstRun.is", { database: element })} />);
    expect(byHook).toContain("<code dir=\"ltr\">C:\\custody\\site.db</code>");
    expect(html(<p>{rich(sayEnglish, "session.firstRun.is", { database: element })}</p>)).toBe(byHook);
  });

  it("keep each language's word order around the element", () => {
    const fr = render(
      <I18nProvider lang="fr">
        <Rich say={(rich) => rich("stock.rule.saved", { location: ltr("WARD-3") })} />
      </I18nProvider>,
    );
    expect(fr.container.querySelector("bdi[dir=ltr]")?.textContent).toBe("WARD-3");
    expect(fr.container.textContent).not.toBe(sayEnglish("stock.rule.saved", { location: "WARD-3" }));
  });
});

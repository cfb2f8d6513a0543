// Gateways in the Settings tab: the list, adding one, its credentials
// and a connection test.
import { invoke, $, show, errorText } from "../shared.js";
import { loadCounter, loadSelling } from "../counter.js";
import { loadSetup } from "./office.js";
import { fillOptions, smallButton, codeText } from "./parts.js";
import { askPin } from "../people.js";
import { t, list } from "../i18n.js";

const gateways = { providers: [], kinds: [] };

// Whether a secret is stored, in words.
function secretState(state) {
  return codeText("gateways-state", state);
}

function kindOf(kind) {
  return gateways.kinds.find((k) => k.kind === kind);
}

// What the app names a kind, a way of signing in and a secret, as the
// catalogue words it; the app's own label for one it does not know.
function kindLabel(k) {
  return codeText("gateways-kind", k.kind, k.label);
}

function modeLabel(kind, mode) {
  return codeText(`gateways-auth-${kind}`, mode.value || "default", mode.label);
}

function secretLabel(secret) {
  return codeText("gateways-secret", secret.key, secret.label);
}

export async function loadGateways() {
  try {
    const g = await invoke("owner_gateways");
    gateways.providers = g.providers || [];
    gateways.kinds = g.kinds || [];
  } catch (e) {
    $("provider-message").textContent = errorText(e);
    return;
  }
  renderProviders();
  renderKindChoice();
  renderCredentialsForm();
}

function renderProviders() {
  const ul = $("providers");
  ul.replaceChildren();
  for (const p of gateways.providers) {
    const li = document.createElement("li");
    const head = document.createElement("div");
    head.className = "provider-head";
    const what = document.createElement("span");
    what.className = "what";
    const name = document.createElement("strong");
    name.textContent = `${p.name} (${p.kind})`;
    const more = document.createElement("small");
    const k = kindOf(p.kind);
    const mode = k && k.auth_modes.length > 1 && k.auth_modes.find((m) => m.value === (p.auth || ""));
    more.textContent = [
      k ? kindLabel(k) : p.kind,
      mode ? t("gateways-signs-in-with", { mode: modeLabel(p.kind, mode) }) : "",
      p.base_url || t("gateways-own-address"),
    ].filter(Boolean).join(" · ");
    what.append(name, more);
    head.append(what);
    if (p.is_default) {
      const badge = document.createElement("b");
      badge.textContent = t("gateways-default");
      head.append(badge);
    } else {
      head.append(pinButton(t("gateways-make-default"), t("gateways-make-default-pin", { name: p.name }),
        (pin) => invoke("owner_set_default_provider", { name: p.name, pin })));
    }
    if ((p.secrets || []).length) {
      head.append(smallButton(t("gateways-enter-credentials"), () => chooseCredentials(p.name)));
    }
    head.append(smallButton(t("gateways-test"), () => testProvider(p.name)));
    head.append(pinButton(t("gateways-remove"), t("gateways-remove-pin", { name: p.name }), (pin) =>
      invoke("owner_remove_provider", { name: p.name, pin })));
    li.append(head);
    if ((p.secrets || []).length) {
      const marks = document.createElement("ul");
      marks.className = "secret-marks";
      for (const sec of p.secrets) {
        const m = document.createElement("li");
        m.className = `mark ${sec.state}`;
        m.textContent = t("gateways-mark", { secret: secretLabel(sec), state: secretState(sec.state) });
        marks.append(m);
      }
      li.append(marks);
    }
    ul.append(li);
  }
}

// The kinds as the app names them, and the chosen kind's ways of signing in.
function renderKindChoice() {
  const sel = $("provider-kind");
  if (gateways.kinds.length) {
    const chosen = sel.value;
    fillOptions(sel, gateways.kinds.map((k) => [k.kind, kindLabel(k)]));
    if (chosen && kindOf(chosen)) sel.value = chosen;
  }
  renderAuthChoice();
}

function renderAuthChoice() {
  const k = kindOf($("provider-kind").value);
  const modes = k ? k.auth_modes : [];
  const sel = $("provider-auth");
  const chosen = sel.value;
  fillOptions(sel, modes.map((m) => [m.value, modeLabel(k.kind, m)]));
  if (modes.some((m) => m.value === chosen)) sel.value = chosen;
  show($("provider-auth-field"), modes.length > 1);
  renderAuthHelp();
}

function chosenAuth() {
  const k = kindOf($("provider-kind").value);
  if (!k || k.auth_modes.length === 0) return null;
  return k.auth_modes.length > 1
    ? k.auth_modes.find((m) => m.value === $("provider-auth").value) || k.auth_modes[0]
    : k.auth_modes[0];
}


function renderAuthHelp() {
  const mode = chosenAuth();
  const secrets = mode ? mode.secrets.map(secretLabel) : [];
  const text = !mode ? "" : secrets.length
    ? t("gateways-needs-secrets", { secrets: list(secrets) })
    : t("gateways-no-secrets");
  const multi = !$("provider-auth-field").hidden;
  $("provider-auth-help").textContent = multi ? text : "";
  $("provider-kind-help").textContent = multi ? "" : text;
}

function renderCredentialsForm() {
  const sel = $("cred-provider");
  const chosen = sel.value;
  const needing = gateways.providers.filter((p) => (p.secrets || []).length);
  fillOptions(sel, needing.map((p) => [p.name, p.name]));
  if (needing.some((p) => p.name === chosen)) sel.value = chosen;
  show($("credentials-box"), needing.length > 0);
  renderCredentialFields();
}

// One password field for each secret of the chosen gateway.
function renderCredentialFields() {
  const box = $("cred-fields");
  box.replaceChildren();
  const p = gateways.providers.find((x) => x.name === $("cred-provider").value);
  for (const sec of p ? p.secrets : []) {
    const label = document.createElement("label");
    label.textContent = secretLabel(sec);
    const input = document.createElement("input");
    input.type = "password";
    input.name = sec.key.toLowerCase();
    input.dataset.label = secretLabel(sec);
    input.autocomplete = "off";
    input.spellcheck = false;
    const mark = document.createElement("small");
    mark.className = "help";
    mark.textContent = t("gateways-now", { state: secretState(sec.state) });
    label.append(input, mark);
    box.append(label);
  }
}

function chooseCredentials(name) {
  $("cred-provider").value = name;
  renderCredentialFields();
  $("credentials-form").scrollIntoView({ block: "nearest" });
  const first = $("cred-fields").querySelector("input");
  if (first) first.focus();
}

function pinButton(label, title, act) {
  return smallButton(label, async () => {
    const pin = await askPin(title);
    if (pin === null) return;
    try {
      await act(pin);
      providerMessage("", false);
      await afterProviderChange();
    } catch (e) {
      providerMessage(errorText(e), false);
    }
  });
}

function providerMessage(text, ok) {
  $("provider-message").textContent = text;
  $("provider-message").classList.toggle("ok", ok);
}

async function afterProviderChange() {
  await loadCounter();
  await loadSelling();
  await loadSetup();
}

async function addProvider(ev) {
  ev.preventDefault();
  const name = $("provider-name").value.trim();
  const mode = chosenAuth();
  const pin = await askPin(t("gateways-add-pin", { name }));
  if (pin === null) return;
  try {
    await invoke("owner_add_provider", {
      name,
      kind: $("provider-kind").value,
      baseUrl: $("provider-url").value.trim() || null,
      options: mode && mode.value ? { auth: mode.value } : {},
      pin,
    });
    $("provider-name").value = "";
    $("provider-url").value = "";
    await afterProviderChange();
    const needs = mode && mode.secrets.length > 0;
    if (needs) {
      providerMessage(t("gateways-added"), true);
      chooseCredentials(name);
    } else {
      await testProvider(name);
    }
  } catch (e) {
    providerMessage(errorText(e), false);
  }
}

// Checks a gateway as `provider test` does and lists each check's result.
async function testProvider(name) {
  providerMessage(t("gateways-testing", { name }), true);
  try {
    const test = await invoke("owner_test_provider", { name });
    const lines = test.checks.map((c, i) => t(c.ok ? "gateways-test-ok" : "gateways-test-failed",
      { check: checkWord(c.check), reason: errorText({ l10n: test.reasons_l10n[i], message: c.reason }) }));
    const summary = t(test.ok ? "gateways-passed" : "gateways-failed", { name });
    providerMessage([summary, ...lines].join("\n"), test.ok);
  } catch (e) {
    providerMessage(errorText(e), false);
  }
}

function checkWord(check) {
  return codeText("gateways-check", check);
}

async function storeCredentials(ev) {
  ev.preventDefault();
  const name = $("cred-provider").value;
  const inputs = [...$("cred-fields").querySelectorAll("input")];
  const clear = () => inputs.forEach((i) => { i.value = ""; });
  const empty = inputs.find((i) => i.value.trim() === "");
  if (!name || inputs.length === 0) return;
  if (empty) {
    providerMessage(t("gateways-fill-in", { field: empty.dataset.label }), false);
    empty.focus();
    return;
  }
  const values = {};
  for (const i of inputs) values[i.name] = i.value;
  const pin = await askPin(t("gateways-store-pin", { name }));
  if (pin === null) return;
  try {
    const n = await invoke("owner_store_credentials", { name, values, pin });
    clear();
    // The marks read "Stored" now.
    await afterProviderChange();
    await testProvider(name);
    $("provider-message").textContent = `${t("gateways-stored", { count: n, name })} ` +
      $("provider-message").textContent;
  } catch (e) {
    providerMessage(errorText(e), false);
  } finally {
    clear();
  }
}

export function wire() {
  $("provider-form").addEventListener("submit", addProvider);
  $("credentials-form").addEventListener("submit", storeCredentials);
  $("provider-kind").addEventListener("change", renderAuthChoice);
  $("provider-auth").addEventListener("change", renderAuthHelp);
  $("cred-provider").addEventListener("change", renderCredentialFields);
}

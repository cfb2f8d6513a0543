// Shop settings as controls, built from what the app says each setting
// is.
import { invoke, $, show, errorText } from "../shared.js";
import { loadCatalog } from "../cart.js";
import { loadCounter } from "../counter.js";
import { loadSetup } from "./office.js";
import { fillOptions, worded, codeId, codeText } from "./parts.js";
import { askPin } from "../people.js";
import { t } from "../i18n.js";

// The groups in the order they show; each has its `settings-group-…` title.
const settingGroups = ["shop", "counter", "selling", "receipt", "backup", "advanced"];

// A setting the catalogue does not know yet is named by its key.
function settingName(key) {
  const words = key.replaceAll("_", " ");
  return codeText("setting", key, words.charAt(0).toUpperCase() + words.slice(1));
}

// What a setting takes: the `.help` of its message, or the app's own.
function settingHelp(s) {
  return worded(`${codeId("setting", s.key)}.help`, tidy(s.help || ""));
}

// The help, with a word on the PIN where one is asked.
function settingHelpText(s) {
  const text = settingHelp(s);
  return s.needs_pin ? t("settings-help-pin", { help: text }) : text;
}

// The app's own help as a sentence, for a setting the catalogue does not
// know; its "on or off" is what the switch shows.
function tidy(help) {
  let text = help.replace(/:?\s*on or off$/, "").trim();
  if (text) {
    text = text.charAt(0).toUpperCase() + text.slice(1);
    if (!/[.!?]$/.test(text)) text += ".";
  }
  return text;
}

// A select's option, or a word a number may be instead: the catalogue's
// words, or the app's label (a language is named in itself).
function choiceLabel(s, [value, label]) {
  return codeText(codeId("setting-choice", s.key), value, label);
}

// The unit of a number: "minutes", "%".
function unitWord(unit) {
  return unit ? worded(`setting-unit-${unit === "%" ? "percent" : unit}`, unit) : "";
}

export async function loadSettings() {
  const form = $("settings-form");
  form.replaceChildren();
  let list;
  try {
    list = await invoke("owner_settings");
  } catch (e) {
    $("settings-message").textContent = errorText(e);
    return;
  }
  for (const group of settingGroups) {
    const mine = list.filter((s) => (s.group || "advanced") === group);
    if (mine.length === 0) continue;
    const title = t(`settings-group-${group}`);
    let box;
    if (group === "advanced") {
      box = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = title;
      box.append(summary);
    } else {
      box = document.createElement("section");
      const h = document.createElement("h4");
      h.textContent = title;
      box.append(h);
    }
    box.className = "setting-group";
    const rows = document.createElement("div");
    rows.className = "setting-rows";
    for (const s of mine) rows.append(settingRow(s));
    box.append(rows);
    form.append(box);
  }
}

// One setting: its name, its control, its help below, and how it went.
function settingRow(s) {
  const row = document.createElement("div");
  row.className = "setting";
  row.dataset.key = s.key;
  const id = `set-${s.key}`;
  const label = document.createElement("label");
  label.className = "setting-name";
  label.htmlFor = id;
  label.textContent = settingName(s.key);
  const help = document.createElement("small");
  help.className = "help";
  help.id = `${id}-help`;
  help.textContent = settingHelpText(s);
  const status = document.createElement("small");
  status.className = "setting-status";
  status.setAttribute("role", "status");
  const control = settingControl(s, id, status);
  const fields = control.matches("input, select") ? [control] : control.querySelectorAll("input, select");
  fields.forEach((el) => el.setAttribute("aria-describedby", help.id));
  row.append(label, control, help, status);
  return row;
}

function settingControl(s, id, status) {
  const type = (s.control && s.control.type) || "text";
  if (type === "toggle") return toggleControl(s, id, status);
  if (type === "select") return selectControl(s, id, status);
  if (type === "number" && s.control.choices && s.control.choices.length) return wordOrNumberControl(s, id, status);
  return typedControl(s, id, status, type);
}

// Saves one setting (asking the owner's PIN first where it must);
// true when saved. The control shows the value the app kept.
async function saveSetting(s, value, status) {
  status.className = "setting-status";
  status.textContent = "";
  try {
    const pin = s.needs_pin ? await askPin(t("settings-change", { name: settingName(s.key) })) : null;
    if (s.needs_pin && pin === null) return false;
    s.value = await invoke("owner_set", { key: s.key, value, pin });
    status.textContent = t("settings-saved");
    status.classList.add("ok");
  } catch (e) {
    const text = e && e.l10n && e.l10n.id === "settings-refused" ? refused(s, value) : errorText(e);
    status.textContent = text;
    status.classList.add("error");
    settingsMessage(text, false);
    return false;
  }
  // Saved: the screens follow it (the tab in the language just chosen); one
  // that cannot does not unsay the setting.
  try {
    await loadCounter();
    await loadCatalog();
    if (s.key === "language") await loadSetup();
    settingsMessage(t("settings-saved-name", { name: settingName(s.key) }), true);
  } catch (e) {
    settingsMessage(errorText(e), false);
  }
  return true;
}

// A value the app refused, said with the setting's own rule.
function refused(s, value) {
  return t("settings-refused", {
    value,
    name: settingName(s.key),
    help: settingHelp(s),
  });
}

function settingsMessage(text, ok) {
  $("settings-message").textContent = text;
  $("settings-message").classList.toggle("ok", ok);
}

function saveButton() {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = t("settings-save");
  b.disabled = true;
  return b;
}

// On or off: saved as soon as it is switched.
function toggleControl(s, id, status) {
  const wrap = document.createElement("label");
  wrap.className = "switch";
  const input = document.createElement("input");
  input.type = "checkbox";
  input.setAttribute("role", "switch");
  input.id = id;
  input.name = s.key;
  const word = document.createElement("span");
  const showValue = () => {
    input.checked = s.value === "on";
    word.textContent = t(input.checked ? "settings-on" : "settings-off");
  };
  showValue();
  input.addEventListener("change", async () => {
    word.textContent = t(input.checked ? "settings-on" : "settings-off");
    await saveSetting(s, input.checked ? "on" : "off", status);
    showValue();
  });
  wrap.append(input, word);
  return wrap;
}

// One of a few values: saved as soon as it is chosen.
function selectControl(s, id, status) {
  const select = document.createElement("select");
  select.id = id;
  select.name = s.key;
  fillOptions(select, (s.control.choices || []).map((c) => [c[0], choiceLabel(s, c)]));
  select.value = s.value;
  select.addEventListener("change", async () => {
    await saveSetting(s, select.value, status);
    select.value = s.value;
  });
  return select;
}

// Typed: text, a number or a folder, kept by its Save button (or Enter).
function typedControl(s, id, status, type) {
  const box = document.createElement("div");
  box.className = "setting-control";
  const input = document.createElement("input");
  input.id = id;
  input.name = s.key;
  input.autocomplete = "off";
  input.spellcheck = false;
  if (type === "number") {
    input.type = "number";
    input.inputMode = "numeric";
    input.step = "1";
    if (s.control.min !== undefined) input.min = s.control.min;
    if (s.control.max !== undefined) input.max = s.control.max;
  }
  const folder = type === "folder";
  if (folder) input.placeholder = t("settings-folder-empty");
  const shown = () => (folder && s.value === "none" ? "" : s.value);
  const save = saveButton();
  input.value = shown();
  const typed = () => (folder && input.value.trim() === "" ? "none" : input.value.trim());
  const dirty = () => {
    save.disabled = typed() === s.value;
  };
  const commit = async () => {
    save.disabled = true;
    await saveSetting(s, typed(), status);
    input.value = shown();
    dirty();
  };
  input.addEventListener("input", dirty);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (!save.disabled) commit();
    }
  });
  save.addEventListener("click", commit);
  box.append(input);
  if (type === "number" && s.control.unit) {
    const unit = document.createElement("span");
    unit.className = "unit";
    unit.textContent = unitWord(s.control.unit);
    box.append(unit);
  }
  box.append(save);
  if (folder) {
    const none = document.createElement("button");
    none.type = "button";
    none.textContent = t("settings-folder-none");
    none.addEventListener("click", () => {
      input.value = "";
      dirty();
      if (s.value !== "none") commit();
    });
    box.append(none);
  }
  return box;
}

// A number that may be a word instead (expiry_minutes: "gateway"): a
// select of the words and "A number", with the number beside it.
function wordOrNumberControl(s, id, status) {
  const box = document.createElement("div");
  box.className = "setting-control";
  const select = document.createElement("select");
  select.id = id;
  select.name = s.key;
  const own = "__number";
  const unitName = unitWord(s.control.unit);
  const ownLabel = s.control.unit === "%" ? t("settings-own-percent") : t("settings-own-number", { unit: unitName });
  fillOptions(select, [...s.control.choices.map((c) => [c[0], choiceLabel(s, c)]), [own, ownLabel]]);
  const input = document.createElement("input");
  input.type = "number";
  input.inputMode = "numeric";
  input.step = "1";
  if (s.control.min !== undefined) input.min = s.control.min;
  if (s.control.max !== undefined) input.max = s.control.max;
  input.setAttribute("aria-label", t("settings-number-in", { name: settingName(s.key), unit: unitName }));
  const unit = document.createElement("span");
  unit.className = "unit";
  unit.textContent = unitName;
  const save = saveButton();
  const isWord = (v) => s.control.choices.some(([value]) => value === v);
  const showValue = () => {
    const word = isWord(s.value);
    select.value = word ? s.value : own;
    input.value = word ? "" : s.value;
    for (const el of [input, unit, save]) show(el, !word);
    save.disabled = true;
  };
  showValue();
  select.addEventListener("change", async () => {
    if (select.value === s.value) {
      showValue();
      return;
    }
    if (select.value === own) {
      for (const el of [input, unit, save]) show(el, true);
      input.value = input.value || String(s.control.min || "");
      save.disabled = input.value.trim() === "";
      input.focus();
      return;
    }
    await saveSetting(s, select.value, status);
    showValue();
  });
  const commit = async () => {
    save.disabled = true;
    await saveSetting(s, input.value.trim(), status);
    showValue();
  };
  input.addEventListener("input", () => {
    save.disabled = input.value.trim() === "" || input.value.trim() === s.value;
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (!save.disabled) commit();
    }
  });
  save.addEventListener("click", commit);
  box.append(select, input, unit, save);
  return box;
}

export function wire() {
  $("settings-form").addEventListener("submit", (ev) => ev.preventDefault());
}

// The counter: keypad, asset picker, the payment panel, the outcome screen,
// today's sales and the owner screen.
"use strict";

const state = {
  counter: null, // what counter_state says
  currencies: [],
  asset: null,
  entry: "", // the typed amount, with "." as the decimal point
  invoice: null, // the sale on screen
  tab: null, // the owner screen's open tab
  decimal: new Intl.NumberFormat().formatToParts(1.1).find((p) => p.type === "decimal").value,
};

// ---- entry -------------------------------------------------------------

function amountValue() {
  return state.entry === "" ? 0 : Number(state.entry);
}

function press(key) {
  if (state.invoice) return;
  const scale = state.counter ? state.counter.fiat_scale : 2;
  let e = state.entry;
  if (key === "Backspace") {
    e = e.slice(0, -1);
  } else if (key === "." || key === ",") {
    if (scale === 0 || e.includes(".")) return;
    e = (e === "" ? "0" : e) + ".";
  } else if (/^[0-9]$/.test(key)) {
    const [whole, frac] = e.split(".");
    if (frac !== undefined && frac.length >= scale) return;
    if (frac === undefined && whole.replace(/^0+/, "").length >= 9) return;
    e = e === "0" ? key : e + key;
  } else {
    return;
  }
  state.entry = e;
  $("entry-message").textContent = "";
  renderEntry();
}

function renderEntry() {
  const shown = state.entry === "" ? "0" : state.entry.replace(".", state.decimal);
  $("amount").textContent = shown;
  renderAssets();
  $("charge").disabled = !(amountValue() > 0 && state.asset && state.counter && state.counter.provider);
}

// Only what the gateway takes for this amount; the rest greyed with why.
function limitText(c, fiat) {
  if (c.limits_fiat !== fiat) return null;
  const v = amountValue();
  if (c.min_amount_fiat && v > 0 && v < Number(c.min_amount_fiat)) return `min ${c.min_amount_fiat}`;
  if (c.max_amount_fiat && v > Number(c.max_amount_fiat)) return `max ${c.max_amount_fiat}`;
  return null;
}

function renderAssets() {
  const box = $("assets");
  box.replaceChildren();
  const fiat = state.counter ? state.counter.fiat : "USD";
  let chosenOk = false;
  for (const c of state.currencies) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.code = c.code;
    const limit = limitText(c, fiat);
    b.textContent = c.code;
    if (limit) {
      b.disabled = true;
      b.title = limit;
      const small = document.createElement("small");
      small.textContent = limit;
      b.append(small);
    }
    if (c.code === state.asset && !limit) {
      b.classList.add("chosen");
      chosenOk = true;
    }
    b.addEventListener("click", () => {
      state.asset = c.code;
      renderEntry();
    });
    box.append(b);
  }
  if (!chosenOk) {
    const first = state.currencies.find((c) => !limitText(c, fiat));
    if (first && first.code !== state.asset) {
      state.asset = first.code;
      renderAssets();
    }
  }
}

async function charge() {
  if ($("charge").disabled) return;
  $("charge").disabled = true;
  $("entry-message").textContent = "Creating the invoice…";
  try {
    const view = await invoke("charge", {
      amount: state.entry,
      currency: state.asset,
      note: $("note").value.trim() || null,
    });
    $("entry-message").textContent = "";
    showSale(view);
    loadRecent();
  } catch (e) {
    $("entry-message").textContent = errorText(e);
    loadRecent();
  } finally {
    renderEntry();
  }
}

// ---- the sale on screen -------------------------------------------------

function showSale(view) {
  const before = state.invoice;
  state.invoice = view;
  const result = outcome(view);
  const short = view.status === "underpaid";
  show($("entry"), false);
  show($("payment"), true);
  setSvg($("qr"), view.qr_svg);
  // Underpaid: the rest is still due to the same address, so the QR, the
  // address and the amount stay, asking for the rest.
  $("pay-amount-label").textContent = short ? "Still due" : "Customer pays";
  $("pay-crypto").textContent = `${short && view.shortfall ? view.shortfall : trim(view.amount_crypto)} ${view.currency}`;
  $("pay-fiat").textContent = `${short ? "Sale: " : ""}${view.amount_fiat} ${view.fiat}`;
  $("pay-address").textContent = view.address || "";
  const c = view.confirmations || {};
  $("status").textContent = short
    ? `UNDERPAID: ${view.shortfall ? `${view.shortfall} ${view.currency} still due` : "see below"}`
    : view.status === "confirming" ? "Payment seen: confirming" : "Waiting for payment";
  $("status").className = `pay-status ${view.status}`;
  $("confirmations").textContent = c.required && view.status === "confirming"
    ? `${c.received} of ${c.required} confirmations` : "";
  const received = Number(view.paid_crypto) > 0 && view.status !== "paid";
  $("received").textContent = received
    ? `Received ${trim(view.paid_crypto)} of ${trim(view.amount_crypto)} ${view.currency}` : "";
  $("pay-note").textContent = short ? result.detail : "";
  show($("pay-note"), short);
  show($("simulate"), !!view.sandbox && (view.status === "pending" || short));
  $("simulate-full").textContent = short ? "Pay the rest" : "Full";
  show($("simulate-partial"), !short);
  show($("simulate-expire"), !short);
  show($("cancel"), view.status === "pending");
  show($("check-again"), short);
  show($("done"), short);
  tick();
  if (short) {
    show($("result"), false);
    const news = !before || before.id !== view.id || before.status !== "underpaid";
    if (news && state.counter && state.counter.sound) chime("underpaid");
  } else if (result) {
    showResult(result);
  } else {
    // Money came after all (a late payment being confirmed).
    show($("result"), false);
  }
}

function showResult(result) {
  show($("print-receipt"), result.kind === "paid");
  show($("result-check"), result.kind === "expired" || result.kind === "cancelled");
  $("result").className = `result ${result.kind}`;
  $("result-title").textContent = result.title;
  $("result-detail").textContent = result.detail;
  const already = !$("result").hidden && $("result").dataset.kind === result.kind;
  $("result").dataset.kind = result.kind;
  show($("result"), true);
  $("new-sale").focus();
  if (!already && state.counter && state.counter.sound) chime(result.kind);
}

// Reads the sale's status at the gateway now; the screen follows.
async function checkAgain() {
  if (!state.invoice) return;
  const id = state.invoice.id;
  const was = $("status").textContent;
  $("status").textContent = "Checking with the gateway…";
  $("result-detail").textContent = "Checking with the gateway…";
  try {
    const view = await invoke("check", { id });
    if (state.invoice && state.invoice.id === id) showSale(view);
  } catch (e) {
    $("status").textContent = was;
    $("result-detail").textContent = errorText(e);
  }
}

// A watched invoice that is not on screen became paid: money that came
// late or completed an underpaid sale.
function showLate(view) {
  const word = lateWord(view);
  $("late-text").textContent = `Invoice ${view.id}, ${word}: ${view.amount_fiat} ${view.fiat}`;
  $("late-banner").dataset.id = view.id;
  show($("late-banner"), true);
}

function newSale() {
  state.invoice = null;
  delete $("result").dataset.kind;
  state.entry = "";
  $("note").value = "";
  show($("result"), false);
  show($("payment"), false);
  show($("entry"), true);
  invoke("show", { id: null }).catch(() => {});
  renderEntry();
}

function tick() {
  const inv = state.invoice;
  const c = inv && inv.status === "pending" && countdown(inv.expires_at);
  $("countdown").textContent = c ? `${c.text} left` : "";
  $("countdown").classList.toggle("urgent", !!c && c.left < 60);
}

async function simulate(action) {
  try {
    await invoke("simulate", { id: state.invoice.id, action });
  } catch (e) {
    $("status").textContent = errorText(e);
  }
}

async function cancelSale() {
  if (!state.invoice) return;
  try {
    // The `invoice` event that follows redraws the sale and the list.
    await invoke("cancel", { id: state.invoice.id });
  } catch (e) {
    $("status").textContent = errorText(e);
  }
}

// ---- today's list ------------------------------------------------------

async function loadRecent() {
  try {
    const list = await invoke("recent");
    const ul = $("recent");
    ul.replaceChildren();
    for (const inv of list) {
      const li = document.createElement("li");
      li.dataset.id = inv.id;
      const time = new Date(inv.created_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      const chip = document.createElement("span");
      chip.className = `chip ${inv.status}`;
      chip.textContent = inv.status;
      const what = document.createElement("span");
      what.className = "what";
      const price = document.createElement("b");
      price.textContent = `${inv.amount_fiat} ${inv.fiat}`;
      const more = document.createElement("small");
      more.textContent = `${time} · ${inv.currency}`;
      what.append(price, more);
      li.append(what, chip);
      li.addEventListener("click", async () => {
        if (state.invoice) return;
        try {
          showSale(await invoke("invoice", { id: inv.id }));
        } catch (e) {
          $("entry-message").textContent = errorText(e);
        }
      });
      ul.append(li);
    }
  } catch (e) {
    $("problem").textContent = errorText(e);
    show($("problem"), true);
  }
}

// ---- people: setup, signing in, a PIN for one change --------------------

// When someone last touched the till; the counter and the back office each
// lock themselves after their idle time.
const touch = { counter: Date.now(), office: Date.now() };

function touched() {
  touch.counter = touch.office = Date.now();
}

// The first run, or nobody signed in: the gate in front of the counter.
function showGates() {
  const c = state.counter;
  show($("setup"), c.setup_needed);
  show($("signin"), !c.setup_needed && !c.person);
  $("person-name").textContent = c.person ? c.person.name : "";
  $("person-role").textContent = c.person ? c.person.role : "";
  show($("switch-person"), !!c.person);
  if (c.setup_needed) {
    if (!$("setup").contains(document.activeElement)) $("setup-shop").focus();
  } else if (!c.person) {
    renderSignIn();
  }
}

async function submitSetup(ev) {
  ev.preventDefault();
  $("setup-message").textContent = "Setting up…";
  try {
    const done = await invoke("setup", {
      shopName: $("setup-shop").value,
      fiat: $("setup-fiat").value,
      pin: $("setup-pin").value,
      pinAgain: $("setup-pin-again").value,
    });
    $("setup-message").textContent = "";
    if (done && done.recovery_code) {
      // Shown before anything else can fail: it is never shown again.
      showRecovery(done.recovery_code);
      await loadCounter().catch(() => {});
    } else {
      await afterSignIn();
    }
  } catch (e) {
    $("setup-message").textContent = errorText(e);
  } finally {
    $("setup-pin").value = "";
    $("setup-pin-again").value = "";
  }
}

// The recovery code, once: the counter waits until the owner has it on paper.
function showRecovery(code) {
  $("recovery-code").textContent = code;
  show($("recovery"), true);
  if (document.activeElement) document.activeElement.blur();
  $("recovery-title").focus();
}

async function recoveryDone() {
  show($("recovery"), false);
  $("recovery-code").textContent = "";
  await afterSignIn();
}

function renderSignIn() {
  const box = $("signin-people");
  box.replaceChildren();
  const staff = state.counter.staff;
  const last = localStorage.getItem("last-person");
  const chosen = staff.find((p) => p.id === (state.signinPerson || {}).id) ||
    staff.find((p) => p.id === last) || (staff.length === 1 ? staff[0] : null);
  for (const p of staff) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.id = p.id;
    const name = document.createElement("b");
    name.textContent = p.name;
    const role = document.createElement("small");
    role.textContent = p.role;
    b.append(name, role);
    b.addEventListener("click", () => choosePerson(p));
    box.append(b);
  }
  if (chosen) {
    choosePerson(chosen);
  } else {
    $("signin-label").textContent = "Tap your name, then type your PIN";
  }
}

function choosePerson(p) {
  state.signinPerson = p;
  document.querySelectorAll("#signin-people button").forEach((b) =>
    b.classList.toggle("chosen", b.dataset.id === p.id));
  $("signin-label").textContent = `PIN for ${p.name}`;
  $("signin-message").textContent = "";
  $("signin-pin").value = "";
  $("signin-pin").focus();
}

async function submitSignIn(ev) {
  ev.preventDefault();
  if (!state.signinPerson) {
    $("signin-message").textContent = "Tap your name first.";
    return;
  }
  try {
    await invoke("sign_in", { id: state.signinPerson.id, pin: $("signin-pin").value });
    localStorage.setItem("last-person", state.signinPerson.id);
    $("signin-message").textContent = "";
    await afterSignIn();
  } catch (e) {
    $("signin-message").textContent = errorText(e);
  } finally {
    $("signin-pin").value = "";
  }
}

// Someone is at the counter now: their sales, the amount entry ready.
async function afterSignIn() {
  touched();
  await loadCounter();
  if (document.activeElement) document.activeElement.blur();
  await loadCurrencies();
  await loadRecent();
}

async function switchPerson() {
  await invoke("sign_out").catch(() => {});
  state.signinPerson = null;
  show($("owner"), false);
  await loadCounter();
}

// Every few seconds: has the counter or the back office sat idle too long?
function checkIdle() {
  const c = state.counter;
  if (!c) return;
  const now = Date.now();
  if (!$("owner").hidden && now - touch.office > c.owner_idle_minutes * 60000) lockOwner();
  if (c.person && !state.invoice && c.counter_idle_minutes > 0 && $("recovery").hidden &&
      now - touch.counter > c.counter_idle_minutes * 60000) {
    switchPerson();
  }
}

// The owner's PIN for one change; null when cancelled.
function askPin(title) {
  return new Promise((resolve) => {
    $("ask-pin-title").textContent = title;
    $("ask-pin-input").value = "";
    show($("ask-pin"), true);
    $("ask-pin-input").focus();
    const done = (value) => {
      show($("ask-pin"), false);
      $("ask-pin-form").onsubmit = null;
      $("ask-pin-cancel").onclick = null;
      resolve(value);
    };
    $("ask-pin-form").onsubmit = (ev) => {
      ev.preventDefault();
      done($("ask-pin-input").value);
    };
    $("ask-pin-cancel").onclick = () => done(null);
  });
}

// ---- the back office ------------------------------------------------------

function openOwner() {
  touched();
  show($("owner"), true);
  show($("pin-short"), false);
  const c = state.counter;
  const sel = $("pin-person");
  sel.replaceChildren();
  const eligible = c.staff.filter((p) => p.role !== "cashier");
  for (const p of eligible) sel.add(new Option(`${p.name} (${p.role})`, p.id));
  const me = c.person && eligible.find((p) => p.id === c.person.id);
  const owner = eligible.find((p) => p.role === "owner");
  sel.value = (me || owner || eligible[0] || {}).id || "";
  $("pin-message").textContent = "";
  show($("pin-form"), true);
  show($("owner-panel"), false);
  show($("owner-tabs"), false);
  show($("owner-lock"), false);
  $("pin-input").value = "";
  $("pin-input").focus();
}

async function submitPin(ev) {
  ev.preventDefault();
  try {
    await invoke("owner_unlock", { pin: $("pin-input").value, staff: $("pin-person").value || null });
    await loadCounter();
    await showOwnerPanel();
  } catch (e) {
    $("pin-message").textContent = errorText(e);
  } finally {
    $("pin-input").value = "";
  }
}

async function showOwnerPanel() {
  const owner = state.counter.owner;
  show($("pin-form"), false);
  show($("owner-panel"), true);
  show($("owner-tabs"), true);
  show($("owner-lock"), true);
  show($("pin-short"), state.counter.pin_too_short);
  document.querySelectorAll("#owner-tabs button[data-owner]").forEach((b) => show(b, owner));
  $("mode-label").textContent = owner ? "Owner" : "Manager";
  const allowed = owner || ["takings", "sales", "shifts"].includes(state.tab);
  await showTab(allowed && state.tab ? state.tab : "takings");
}

async function showTab(tab) {
  state.tab = tab;
  document.querySelectorAll("#owner-tabs button").forEach((b) =>
    b.classList.toggle("chosen", b.dataset.tab === tab));
  document.querySelectorAll("#owner-panel .tab").forEach((t) => show(t, t.id === `tab-${tab}`));
  if (tab === "takings") await loadTakings();
  if (tab === "sales") await loadSalesTab();
  if (tab === "shifts") await loadShifts();
  if (tab === "setup") await loadSetup();
  if (tab === "payouts") await loadPayouts();
  if (tab === "staff") await loadStaff();
  if (tab === "activity") await loadActivity();
}

async function loadSetup() {
  await loadSettings();
  await loadGateways();
}

// ---- settings as controls --------------------------------------------------

const settingGroups = [
  ["shop", "Shop"],
  ["counter", "Counter"],
  ["receipt", "Receipts"],
  ["backup", "Daily backup"],
  ["advanced", "Advanced"],
];

const settingNames = {
  shop_name: "Shop name",
  fiat: "Currency",
  till_name: "Till name",
  default_asset: "Asset chosen first",
  expiry_minutes: "Time the customer has to pay",
  notifications: "Notifications",
  sound: "Sound",
  monitor_hours: "Watch closed sales for late money",
  owner_idle_minutes: "Lock the back office after",
  counter_idle_minutes: "Sign the counter out after",
  receipt_address: "Address",
  receipt_tax_number: "Tax number",
  receipt_footer: "Closing line",
  backup_dir: "Backup folder",
  backup_keep: "Copies to keep",
  updates: "Look for updates",
  update_endpoint: "Update address",
};

// Where the app's own help only says "on or off".
const settingHelp = {
  notifications: "Show a system notification when a sale is paid, underpaid or expires.",
  sound: "Play a short sound when a sale is paid or goes wrong.",
};

function settingName(key) {
  if (settingNames[key]) return settingNames[key];
  const words = key.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// The help as a sentence, with a word on the PIN where one is asked.
function settingHelpText(s) {
  let text = settingHelp[s.key] || (s.help || "").replace(/:?\s*on or off$/, "").trim();
  if (text) {
    text = text.charAt(0).toUpperCase() + text.slice(1);
    if (!/[.!?]$/.test(text)) text += ".";
  }
  if (s.needs_pin) text += `${text ? " " : ""}Changing it asks for the owner's PIN.`;
  return text;
}

async function loadSettings() {
  const form = $("settings-form");
  form.replaceChildren();
  let list;
  try {
    list = await invoke("owner_settings");
  } catch (e) {
    $("settings-message").textContent = errorText(e);
    return;
  }
  for (const [group, title] of settingGroups) {
    const mine = list.filter((s) => (s.group || "advanced") === group);
    if (mine.length === 0) continue;
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
    const pin = s.needs_pin ? await askPin(`Change "${settingName(s.key)}"`) : null;
    if (s.needs_pin && pin === null) return false;
    s.value = await invoke("owner_set", { key: s.key, value, pin });
    status.textContent = "Saved.";
    status.classList.add("ok");
    settingsMessage(`Saved: ${settingName(s.key)}.`, true);
    await loadCounter();
    return true;
  } catch (e) {
    status.textContent = errorText(e);
    status.classList.add("error");
    settingsMessage(errorText(e), false);
    return false;
  }
}

function settingsMessage(text, ok) {
  $("settings-message").textContent = text;
  $("settings-message").classList.toggle("ok", ok);
}

function saveButton() {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = "Save";
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
    word.textContent = input.checked ? "On" : "Off";
  };
  showValue();
  input.addEventListener("change", async () => {
    word.textContent = input.checked ? "On" : "Off";
    await saveSetting(s, input.checked ? "on" : "off", status);
    showValue();
  });
  wrap.append(input, word);
  return wrap;
}

function fillOptions(select, choices) {
  select.replaceChildren();
  for (const [value, label] of choices) select.add(new Option(label, value));
}

// One of a few values: saved as soon as it is chosen.
function selectControl(s, id, status) {
  const select = document.createElement("select");
  select.id = id;
  select.name = s.key;
  fillOptions(select, s.control.choices || []);
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
  if (folder) input.placeholder = "None: no daily copy is made";
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
    unit.textContent = s.control.unit;
    box.append(unit);
  }
  box.append(save);
  if (folder) {
    const none = document.createElement("button");
    none.type = "button";
    none.textContent = "None";
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
  fillOptions(select, [...s.control.choices, [own, `A set number of ${s.control.unit || "units"}`]]);
  const input = document.createElement("input");
  input.type = "number";
  input.inputMode = "numeric";
  input.step = "1";
  if (s.control.min !== undefined) input.min = s.control.min;
  if (s.control.max !== undefined) input.max = s.control.max;
  input.setAttribute("aria-label", `${settingName(s.key)} in ${s.control.unit || "units"}`);
  const unit = document.createElement("span");
  unit.className = "unit";
  unit.textContent = s.control.unit || "";
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

// ---- gateways ------------------------------------------------------------------

const gateways = { providers: [], kinds: [] };

const secretWords = {
  stored: "Stored",
  environment: "Set by environment",
  missing: "Not stored",
  unavailable: "No keyring",
};

function kindOf(kind) {
  return gateways.kinds.find((k) => k.kind === kind);
}

async function loadGateways() {
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
      k ? k.label : p.kind,
      mode ? `signs in with ${mode.label}` : "",
      p.base_url || "the gateway's own address",
    ].filter(Boolean).join(" · ");
    what.append(name, more);
    head.append(what);
    if (p.is_default) {
      const badge = document.createElement("b");
      badge.textContent = "default";
      head.append(badge);
    } else {
      head.append(pinButton("Make default", `Send sales to ${p.name}`, (pin) =>
        invoke("owner_set_default_provider", { name: p.name, pin })));
    }
    if ((p.secrets || []).length) {
      head.append(smallButton("Enter credentials", () => chooseCredentials(p.name)));
    }
    head.append(smallButton("Test connection", () => testProvider(p.name)));
    head.append(pinButton("Remove", `Remove ${p.name}`, (pin) =>
      invoke("owner_remove_provider", { name: p.name, pin })));
    li.append(head);
    if ((p.secrets || []).length) {
      const marks = document.createElement("ul");
      marks.className = "secret-marks";
      for (const sec of p.secrets) {
        const m = document.createElement("li");
        m.className = `mark ${sec.state}`;
        m.textContent = `${sec.label}: ${secretWords[sec.state] || sec.state}`;
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
    fillOptions(sel, gateways.kinds.map((k) => [k.kind, k.label]));
    if (chosen && kindOf(chosen)) sel.value = chosen;
  }
  renderAuthChoice();
}

function renderAuthChoice() {
  const k = kindOf($("provider-kind").value);
  const modes = k ? k.auth_modes : [];
  const sel = $("provider-auth");
  const chosen = sel.value;
  fillOptions(sel, modes.map((m) => [m.value, m.label]));
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

// "a", "a and b", "a, b and c".
function andList(words) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function renderAuthHelp() {
  const mode = chosenAuth();
  const secrets = mode ? mode.secrets.map((x) => x.label) : [];
  const text = !mode ? "" : secrets.length
    ? `After adding it, enter its ${andList(secrets)} under Credentials.`
    : "It needs no credentials.";
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
    label.textContent = sec.label;
    const input = document.createElement("input");
    input.type = "password";
    input.name = sec.key.toLowerCase();
    input.dataset.label = sec.label;
    input.autocomplete = "off";
    input.spellcheck = false;
    const mark = document.createElement("small");
    mark.className = "help";
    mark.textContent = `Now: ${secretWords[sec.state] || sec.state}`;
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

// A button for a change that asks for the owner's PIN first.
function smallButton(label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
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
  await loadCurrencies();
  await loadSetup();
}

async function addProvider(ev) {
  ev.preventDefault();
  const name = $("provider-name").value.trim();
  const mode = chosenAuth();
  const pin = await askPin(`Add the gateway ${name}`);
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
      providerMessage("Gateway added. Enter its credentials below, then Test connection. " +
        "Sales still go to the default gateway until you make this one the default.", true);
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
  providerMessage(`Testing ${name}…`, true);
  try {
    const t = await invoke("owner_test_provider", { name });
    const lines = t.checks.map((c) => `${c.ok ? "OK" : "FAILED"}: ${checkWords[c.check] || c.check}: ${c.reason}`);
    providerMessage(`${name}: ${t.ok ? "every check passed" : "a check failed"}.\n${lines.join("\n")}`, t.ok);
  } catch (e) {
    providerMessage(errorText(e), false);
  }
}

const checkWords = {
  reachable: "reachable",
  credentials: "credentials",
  fiat: "shop's currency",
  assets: "assets",
};

async function storeCredentials(ev) {
  ev.preventDefault();
  const name = $("cred-provider").value;
  const inputs = [...$("cred-fields").querySelectorAll("input")];
  const clear = () => inputs.forEach((i) => { i.value = ""; });
  const empty = inputs.find((i) => i.value.trim() === "");
  if (!name || inputs.length === 0) return;
  if (empty) {
    providerMessage(`Fill in every field: ${empty.dataset.label} is empty.`, false);
    empty.focus();
    return;
  }
  const values = {};
  for (const i of inputs) values[i.name] = i.value;
  const pin = await askPin(`Store the credentials of ${name}`);
  if (pin === null) return;
  try {
    const n = await invoke("owner_store_credentials", { name, values, pin });
    clear();
    // The marks read "Stored" now.
    await afterProviderChange();
    await testProvider(name);
    $("provider-message").textContent = `${n} secret(s) of ${name} saved in the keyring. ` +
      $("provider-message").textContent;
  } catch (e) {
    providerMessage(errorText(e), false);
  } finally {
    clear();
  }
}

// ---- support -------------------------------------------------------------------

async function copyDiagnostics() {
  const msg = $("diagnostics-message");
  msg.classList.add("ok");
  msg.textContent = "Collecting…";
  let text;
  try {
    text = await invoke("owner_diagnostics");
  } catch (e) {
    msg.classList.remove("ok");
    msg.textContent = errorText(e);
    return;
  }
  const area = $("diagnostics-text");
  area.value = text;
  show(area, true);
  try {
    await navigator.clipboard.writeText(text);
    msg.textContent = "Copied. It holds no secrets: paste it into your message to support.";
  } catch (_) {
    msg.textContent = "Select the text below and copy it.";
    area.focus();
    area.select();
  }
}

async function changePin(ev) {
  ev.preventDefault();
  try {
    await invoke("owner_set_pin", { current: $("pin-current").value, new: $("pin-new").value });
    $("change-pin-message").textContent = "PIN changed.";
    show($("pin-short"), false);
  } catch (e) {
    $("change-pin-message").textContent = errorText(e);
  }
  $("pin-current").value = "";
  $("pin-new").value = "";
}

async function lockOwner() {
  await invoke("owner_lock").catch(() => {});
  await loadCounter();
  show($("owner-tabs"), false);
  show($("owner-lock"), false);
  show($("owner"), false);
}

async function loadStaff() {
  $("staff-message").textContent = "";
  try {
    const people = await invoke("owner_staff");
    const body = fillTable($("staff-list"), ["Name", "Role", ""], people.map((p) => [p.name, p.role, ""]));
    people.forEach((p, i) => {
      const cell = body.rows[i] && body.rows[i].cells[2];
      if (!cell || p.role === "owner") return;
      const b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = "Remove";
      b.addEventListener("click", async () => {
        const pin = await askPin(`Remove ${p.name}`);
        if (pin === null) return;
        try {
          await invoke("owner_remove_staff", { name: p.name, pin });
          await loadStaff();
          await loadCounter();
        } catch (e) {
          $("staff-message").textContent = errorText(e);
        }
      });
      cell.append(b);
    });
  } catch (e) {
    $("staff-message").textContent = errorText(e);
  }
}

async function addStaff(ev) {
  ev.preventDefault();
  const name = $("staff-name").value.trim();
  const pin = await askPin(`Add ${name}`);
  if (pin !== null) {
    try {
      await invoke("owner_add_staff", {
        name,
        role: $("staff-role").value,
        staffPin: $("staff-pin").value,
        pin,
      });
      $("staff-name").value = "";
      $("staff-message").textContent = `${name} can sign in now.`;
      $("staff-message").classList.add("ok");
      await loadStaff();
      await loadCounter();
    } catch (e) {
      $("staff-message").classList.remove("ok");
      $("staff-message").textContent = errorText(e);
    }
  }
  $("staff-pin").value = "";
}

const actionWords = {
  setup: "set the till up",
  signed_in: "signed in",
  pin_failed: "typed a wrong PIN",
  locked_out: "was locked out",
  pin_accepted: "typed the right PIN",
  pin_changed: "changed a PIN",
  pin_strengthened: "PIN re-hashed",
  staff_added: "added staff",
  staff_removed: "removed staff",
  setting_changed: "changed a setting",
  provider_added: "added a gateway",
  provider_removed: "removed a gateway",
  default_provider_set: "changed the default gateway",
  credentials_stored: "stored credentials",
  credentials_removed: "removed credentials",
  address_added: "saved a payout address",
  address_removed: "forgot a payout address",
  withdrawal_requested: "asked for a withdrawal",
  item_saved: "saved a catalogue item",
  item_removed: "removed a catalogue item",
  withdrawal_marked: "marked a withdrawal",
  shift_closed: "closed a shift",
  exported: "exported takings",
  sale_cancelled: "cancelled a sale",
  update_started: "started an update",
};

// The details of an entry as short "key: value" text.
function detailText(d) {
  if (!d || typeof d !== "object") return "";
  return Object.entries(d)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== "object")
    // Sealed keys are for the till to open, not for a person to read.
    .map(([k, v]) => (k === "sealed" ? "keys sealed" : `${k.replaceAll("_", " ")}: ${v}`))
    .join(", ");
}

async function loadActivity() {
  if (!$("activity-date").value) $("activity-date").value = localDate(new Date());
  try {
    const list = await invoke("owner_activity", { date: $("activity-date").value });
    $("activity-message").textContent = "";
    fillTable($("activity"), ["Time", "Who", "What", "Details"], list.map((e) => [
      new Date(e.at).toLocaleTimeString(),
      e.actor,
      actionWords[e.action] || e.action.replaceAll("_", " "),
      detailText(e.details),
    ]));
  } catch (e) {
    $("activity-message").textContent = errorText(e);
  }
}

// ---- sales history ---------------------------------------------------------

// `list`: what the last search found; `open`: the sale in the detail.
const sales = { list: [], open: null };

const historyWords = {
  intent: "Sale started",
  created: "Invoice created at the gateway",
  adopted: "Found at the gateway",
  updated: "The gateway reported a change",
  failed: "The gateway refused the invoice",
};

function fullTime(t) {
  return t ? new Date(t).toLocaleString([], { dateStyle: "short", timeStyle: "medium" }) : "";
}

function shortTime(t) {
  return t ? new Date(t).toLocaleString([], { dateStyle: "short", timeStyle: "short" }) : "";
}

// A txid in a table cell: its ends, which is how wallets show it; the
// whole one is in the sale's facts above.
function shortTxid(txid) {
  return txid.length > 22 ? `${txid.slice(0, 12)}…${txid.slice(-8)}` : txid;
}

function statusWords(inv) {
  return [inv.status, ...(inv.flags || []).map((f) => flagWords[f] || f)].join(", ");
}

// Keeps the chosen option; `names` are the choices besides All.
function fillChoice(select, names) {
  const chosen = select.value;
  select.replaceChildren(new Option("All", ""));
  for (const n of [...new Set(names)].sort((a, b) => a.localeCompare(b))) select.add(new Option(n, n));
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : "";
}

// Staff and gateway names for the filters.
async function loadSalesFilters() {
  const f = await invoke("owner_sales_filters").catch(() => ({ staff: [], providers: [] }));
  fillChoice($("sales-staff"), f.staff);
  fillChoice($("sales-provider"), f.providers);
}

async function loadSalesTab() {
  showSaleList();
  await loadSalesFilters();
  await searchSales();
}

function salesQuery() {
  const v = (id) => $(id).value.trim() || null;
  return {
    text: v("sales-search"),
    first: v("sales-first"),
    last: v("sales-last"),
    status: v("sales-status"),
    staff: v("sales-staff"),
    provider: v("sales-provider"),
  };
}

async function searchSales(ev) {
  if (ev) ev.preventDefault();
  $("sales-message").textContent = "Searching…";
  try {
    sales.list = await invoke("owner_sales", { query: salesQuery() });
    $("sales-message").textContent = sales.list.length >= 200
      ? "Only the newest 200 show: narrow the search to find older ones." : "";
  } catch (e) {
    sales.list = [];
    $("sales-message").textContent = errorText(e);
  }
  renderSales();
}

function renderSales() {
  const body = fillTable($("sales"), ["Time", "Amount", "Asset", "Status", "Cashier", "Gateway", "Order"],
    sales.list.map((inv) => [
      shortTime(inv.created_at),
      `${inv.amount_fiat} ${inv.fiat}`,
      inv.currency,
      "",
      inv.cashier || "",
      inv.provider,
      inv.order_id,
    ]));
  sales.list.forEach((inv, i) => {
    const row = body.rows[i];
    if (!row) return;
    row.dataset.id = inv.id;
    row.className = "row-button";
    row.tabIndex = 0;
    row.setAttribute("aria-label", `Sale ${inv.id}, ${inv.amount_fiat} ${inv.fiat}, ${statusWords(inv)}`);
    const chip = document.createElement("span");
    chip.className = `chip ${inv.status}`;
    chip.textContent = inv.status;
    row.cells[3].append(chip);
    const flags = (inv.flags || []).map((f) => flagWords[f] || f);
    if (flags.length) {
      const small = document.createElement("small");
      small.className = "flags";
      small.textContent = flags.join(", ");
      row.cells[3].append(small);
    }
    row.addEventListener("click", () => openSale(inv.id));
    row.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        openSale(inv.id);
      }
    });
  });
}

function showSaleList() {
  show($("sale-detail"), false);
  show($("sales-list"), true);
}

async function backToSales() {
  const id = sales.open;
  sales.open = null;
  showSaleList();
  await searchSales();
  const row = id && [...$("sales").querySelectorAll("tr[data-id]")].find((r) => r.dataset.id === id);
  if (row) {
    row.scrollIntoView({ block: "nearest" });
    row.focus();
  }
}

function saleMessage(text, ok) {
  $("sale-message").textContent = text;
  $("sale-message").classList.toggle("ok", ok);
}

// One sale: its facts, what can be done, and its whole journal history.
async function openSale(id) {
  let sale;
  try {
    sale = await invoke("owner_sale", { id });
  } catch (e) {
    $("sales-message").textContent = errorText(e);
    return;
  }
  sales.open = id;
  const inv = sale.invoice;
  saleMessage("", false);
  $("sale-title").textContent = `Sale ${inv.id}: ${inv.amount_fiat} ${inv.fiat}, ${statusWords(inv)}`;
  const facts = $("sale-facts");
  facts.replaceChildren();
  const crypto = (v) => (v === null || v === undefined ? "" : `${trim(v)} ${inv.currency}`);
  for (const [term, value] of [
    ["Amount", `${inv.amount_fiat} ${inv.fiat}`],
    ["Asked", crypto(inv.amount_crypto)],
    ["Received", crypto(inv.paid_crypto)],
    ["Status", statusWords(inv)],
    ["Created", fullTime(inv.created_at)],
    ["Paid", fullTime(inv.paid_at)],
    ["Expires", inv.status === "pending" ? fullTime(inv.expires_at) : ""],
    ["Cashier", inv.cashier || ""],
    ["Gateway", inv.provider],
    ["Order", inv.order_id],
    ["Gateway's id", inv.provider_ref || ""],
    ["Address", inv.address || ""],
    ["Transaction", inv.txid || ""],
    ["Note", inv.note || ""],
    ["Why it failed", inv.failure || ""],
  ]) {
    if (!value) continue;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    facts.append(dt, dd);
  }
  show($("sale-refund"), inv.status === "underpaid" || inv.status === "expired");
  show($("sale-confirm-form"), (sale.actions || []).includes("confirm"));
  show($("sale-receipt"), !!sale.receipt);
  show($("sale-check"), (sale.actions || []).includes("check"));
  fillTable($("sale-history"), ["Time", "What happened", "Status", "Paid", "Transaction", "Hash"],
    (sale.history || []).map((h) => [
      fullTime(h.at),
      historyWords[h.kind] || actionWords[h.kind] || h.kind.replaceAll("_", " "),
      h.status || "",
      h.paid_crypto === null || h.paid_crypto === undefined ? "" : crypto(h.paid_crypto),
      shortTxid(h.txid || ""),
      (h.hash || "").slice(0, 12),
    ]));
  show($("sales-list"), false);
  show($("sale-detail"), true);
  $("sale-back").focus();
}

async function checkSale() {
  const id = sales.open;
  if (!id) return;
  $("sale-check").disabled = true;
  saleMessage("Asking the gateway…", true);
  try {
    const view = await invoke("owner_check", { id });
    await openSale(id);
    saleMessage(`The gateway says: ${view.status}.`, true);
  } catch (e) {
    saleMessage(errorText(e), false);
  } finally {
    $("sale-check").disabled = false;
  }
}

// The owner marks the open sale paid by hand, with the PIN.
async function confirmSale(ev) {
  ev.preventDefault();
  const id = sales.open;
  const txid = $("sale-txid").value.trim();
  if (!id) return;
  if (!txid) {
    saleMessage("Give the transaction id that paid it.", false);
    $("sale-txid").focus();
    return;
  }
  const pin = await askPin(`Confirm sale ${id} paid by hand`);
  if (pin === null) return;
  try {
    const view = await invoke("owner_confirm", { id, txid, reason: $("sale-reason").value.trim() || null, pin });
    $("sale-txid").value = "";
    $("sale-reason").value = "";
    await openSale(id);
    saleMessage(`Confirmed by hand: the sale is ${view.status}.`, true);
  } catch (e) {
    saleMessage(errorText(e), false);
  }
}

function reprintSale() {
  if (sales.open) openReceipt(sales.open, "owner_receipt", $("sale-message"));
}

// ---- takings, shifts ---------------------------------------------------

function fillTable(table, headers, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement("th");
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  if (rows.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = headers.length;
    cell.className = "none";
    cell.textContent = "None";
  }
  for (const row of rows) {
    const tr = body.insertRow();
    for (const v of row) tr.insertCell().textContent = v;
  }
  return body;
}

// A {fiat: {amount, count}} map as "12.50 USD" lines.
function money(totals) {
  const parts = Object.entries(totals || {}).map(([fiat, t]) => `${t.amount} ${fiat}`);
  return parts.length ? parts.join(" + ") : "0";
}

function card(label, value, kind) {
  const div = document.createElement("div");
  div.className = `card ${kind || ""}`;
  const l = document.createElement("small");
  l.textContent = label;
  const v = document.createElement("b");
  v.textContent = value;
  div.append(l, v);
  return div;
}

const flagWords = {
  overpaid: "overpaid",
  paid_late: "paid late",
  confirmed_manually: "confirmed by hand",
  paid_in_parts: "paid in parts",
  found_by_reconciliation: "found by reconciliation",
};

function exceptionRows(list) {
  return list.map((e) => [
    e.id,
    e.order_id,
    [e.status, ...e.flags.map((f) => flagWords[f] || f)].join(", "),
    `${e.amount_fiat} ${e.fiat}`,
    `${trim(e.paid_crypto)} ${e.currency}`,
  ]);
}

function localDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const differenceWords = {
  missing_locally: "At the gateway, not in the journal",
  missing_at_gateway: "In the journal, not at the gateway",
  status: "Status differs",
  amount: "Amount differs",
  other_till: "Another till's sale",
};

// The first day shown, against each gateway's own records; adopts nothing.
async function reconcileDay() {
  show($("reconcile-box"), true);
  $("reconcile-message").textContent = "Reading the gateways' records…";
  try {
    const r = await invoke("owner_reconcile", { date: $("takings-first").value || null });
    const side = (x) => (x ? `${x.status}${x.amount_crypto ? ` ${x.amount_crypto}` : ""}` : "-");
    fillTable($("reconcile-list"), ["What", "Gateway", "Invoice", "Gateway's id", "Journal", "Gateway says"],
      r.differences.map((d) => [differenceWords[d.kind] || d.kind, d.provider, d.id || "-",
        d.provider_ref || "-", side(d.local), side(d.gateway)]));
    const open = r.differences.filter((d) => d.kind !== "other_till").length;
    $("reconcile-message").classList.toggle("ok", open === 0);
    $("reconcile-message").textContent = [
      open ? `${open} difference(s) on ${r.date}. \`counterpay reconcile --adopt\` applies what the gateway knows better.`
        : `On ${r.date} the journal and the gateways agree.`,
      ...r.notes,
    ].join(" ");
  } catch (e) {
    $("reconcile-message").classList.remove("ok");
    $("reconcile-message").textContent = errorText(e);
  }
}

async function loadTakings() {
  if (!$("takings-first").value) $("takings-first").value = localDate(new Date());
  if (!$("takings-last").value) $("takings-last").value = $("takings-first").value;
  try {
    const t = await invoke("owner_takings", {
      first: $("takings-first").value,
      last: $("takings-last").value,
      scope: $("takings-scope").value,
    });
    $("takings-message").textContent = "";
    renderTakings(t);
  } catch (e) {
    $("takings-message").textContent = errorText(e);
  }
}

function renderTakings(t) {
  const cards = $("takings-cards");
  const flagged = Object.values(t.flags || {}).reduce((a, b) => a + b, 0);
  cards.replaceChildren(
    card("Paid", money(t.totals), "paid"),
    card("Invoices", String(t.invoices)),
    card("Paid invoices", String(Object.values(t.totals).reduce((a, x) => a + x.count, 0))),
    card("Underpaid", String(t.counts.underpaid || 0), t.counts.underpaid ? "underpaid" : ""),
    card("Exceptions", String(t.exceptions.length), t.exceptions.length ? "underpaid" : ""),
    card("Flagged", String(flagged)),
  );
  const range = t.first === t.last ? t.first : `${t.first} – ${t.last}`;
  const chart = $("takings-chart");
  chart.innerHTML = t.chart_svg; // built in Rust from numbers only
  const caption = document.createElement("div");
  caption.className = "chart-caption";
  caption.textContent = `Paid ${t.chart_fiat} by hour, ${range}`;
  chart.prepend(caption);
  fillTable($("by-asset"), ["Asset", "Received", "Invoices"],
    Object.entries(t.by_asset).map(([a, x]) => [a, trim(x.amount), String(x.count)]));
  fillTable($("by-provider"), ["Gateway", "Paid"],
    Object.entries(t.by_provider).map(([p, m]) => [p, money(m)]));
  fillTable($("by-cashier"), ["Cashier", "Paid"],
    Object.entries(t.by_cashier).map(([c, m]) => [c === "-" ? "(none set)" : c, money(m)]));
  fillTable($("by-status"), ["Status", "Invoices"],
    Object.entries(t.counts).map(([s, n]) => [s, String(n)]));
  fillTable($("exceptions"), ["Invoice", "Order", "What", "Asked", "Arrived"], exceptionRows(t.exceptions));
  show($("takings-tills"), t.tills.length > 0);
  fillTable($("by-till"), ["Till", "Shop", "Paid"], t.tills.map((x) => [x.name, x.shop, money(x.totals)]));
}

// The save dialog is opened by the app itself: the file goes where the
// owner picked, and nowhere this page could name.
async function exportTakings(format) {
  try {
    const n = await invoke("owner_export", {
      first: $("takings-first").value,
      last: $("takings-last").value,
      format,
      scope: $("takings-scope").value,
    });
    if (n !== null) $("takings-message").textContent = `Saved ${n} invoice(s).`;
  } catch (e) {
    $("takings-message").textContent = errorText(e);
  }
}

function when(t) {
  return t ? new Date(t).toLocaleString([], { dateStyle: "short", timeStyle: "short" }) : "the first sale";
}

// A shift's report (a sealed Z-report, or the open shift's X-report so
// far) drawn into `box`.
function renderReport(box, z, title) {
  const h = document.createElement("h3");
  h.textContent = title;
  const facts = document.createElement("div");
  facts.className = "cards";
  facts.append(
    card("Paid", money(z.summary.totals), "paid"),
    card("Invoices", String(z.summary.invoices)),
    card("Exceptions", String(z.exceptions.length), z.exceptions.length ? "underpaid" : ""),
  );
  const cashiers = document.createElement("table");
  fillTable(cashiers, ["Cashier", "Paid"],
    Object.entries(z.summary.by_cashier).map(([c, m]) => [c === "-" ? "(none set)" : c, money(m)]));
  const exceptions = document.createElement("table");
  exceptions.className = "wide";
  fillTable(exceptions, ["Invoice", "Order", "What", "Asked", "Arrived"], exceptionRows(z.exceptions));
  box.replaceChildren(h, facts, cashiers, exceptions);
}

function zTitle(z) {
  return `Z-report no. ${z.number}: ${when(z.opened_at)} to ${when(z.closed_at)}`;
}

// What the seal means, in plain words, and the seal itself.
function sealWords(z) {
  return `Sealed: a fingerprint of the journal up to event ${z.last_seq}. If any sale of this shift is later ` +
    "changed or deleted, the journal check no longer matches it and says so.";
}

function sealText(z) {
  return `${z.closed_by ? `Closed by ${z.closed_by}. ` : ""}Fingerprint at journal event ${z.last_seq}: ${z.last_hash}`;
}

// The Z-report on screen; Print and Export act on this one.
const shifts = { shown: null };

function showZReport(z) {
  shifts.shown = z;
  renderReport($("zreport-body"), z, zTitle(z));
  $("zreport-sealed").textContent = sealWords(z);
  $("zreport-seal").textContent = sealText(z);
  zMessage("", true);
  show($("zreport"), true);
}

// The open shift so far: the X-report, sealed nowhere.
async function loadXReport() {
  const box = $("xreport");
  try {
    const x = await invoke("owner_current_shift");
    renderReport(box, x, `Shift ${x.number} so far (X-report)`);
    const note = document.createElement("small");
    note.className = "seal";
    note.textContent = `From ${when(x.opened_at)}, as of ${when(x.closed_at)}. ` +
      "Not sealed: the shift is still open. Close it below for its Z-report.";
    box.append(note);
    show(box, true);
  } catch (e) {
    show(box, false);
    $("shift-message").textContent = errorText(e);
  }
}

async function loadShifts() {
  $("shift-message").textContent = "";
  await loadXReport();
  try {
    const list = await invoke("owner_shifts");
    const body = fillTable($("shifts"), ["No.", "Opened", "Closed", "Invoices", "Paid", "Exceptions", ""],
      list.map((z) => [String(z.number), when(z.opened_at), when(z.closed_at), String(z.summary.invoices),
        money(z.summary.totals), String(z.exceptions.length), ""]));
    list.forEach((z, i) => {
      const row = body.rows[i];
      if (!row) return;
      const view = () => {
        showZReport(z);
        $("zreport").scrollIntoView({ block: "nearest" });
      };
      row.addEventListener("click", view);
      const b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = "View";
      b.addEventListener("click", (ev) => {
        ev.stopPropagation();
        view();
      });
      row.cells[6].append(b);
    });
  } catch (e) {
    $("shift-message").textContent = errorText(e);
  }
}

async function closeShift() {
  show($("close-confirm"), false);
  try {
    const z = await invoke("owner_close_shift");
    $("shift-message").textContent = "";
    showZReport(z);
    await loadShifts();
  } catch (e) {
    $("shift-message").textContent = errorText(e);
  }
}

// Prints the Z-report on screen: drawn again into #z-print, the only thing
// on the page while <body> has the class printing-z (see style.css), on the
// paper the receipts use.
async function printZReport() {
  const z = shifts.shown;
  if (!z) return;
  const paper = localStorage.getItem("paper") || "80";
  const sheet = $("z-print");
  renderReport(sheet, z, zTitle(z));
  for (const [cls, text] of [["sealed", sealWords(z)], ["seal", sealText(z)]]) {
    const p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    sheet.append(p);
  }
  sheet.className = `receipt z-print paper-${paper}`;
  setPaper(paper);
  document.body.classList.add("printing-z");
  try {
    await invoke("print_receipt");
  } catch (e) {
    zMessage(errorText(e), false);
  }
}

function zMessage(text, ok) {
  $("zreport-message").textContent = text;
  $("zreport-message").classList.toggle("ok", ok);
}

async function exportShift(format) {
  const z = shifts.shown;
  if (!z) return;
  zMessage("", true);
  try {
    const n = await invoke("owner_export_shift", { number: z.number, format });
    if (n !== null) zMessage("Saved.", true);
  } catch (e) {
    zMessage(errorText(e), false);
  }
}

// ---- withdrawals ---------------------------------------------------------

// `checked`: what Check showed; the app keeps it too and Send sends that.
const payouts = { balances: [], addresses: [], checked: null };

// The first and last six characters, large: where a swapped address differs.
function addressEnds(address) {
  const a = (address || "").trim();
  return a.length > 14 ? [a.slice(0, 6), a.slice(-6)] : [a, ""];
}

async function loadPayouts() {
  $("withdraw-message").textContent = "";
  try {
    payouts.balances = await invoke("owner_balances");
  } catch (e) {
    payouts.balances = [];
    $("withdraw-message").textContent = errorText(e);
  }
  renderBalances();
  await loadAddresses();
  await loadWithdrawals();
}

function renderBalances() {
  const box = $("balances");
  box.replaceChildren();
  for (const p of payouts.balances) {
    const div = document.createElement("div");
    div.className = "balance-card";
    const h = document.createElement("b");
    h.textContent = `${p.provider} (${p.kind})`;
    div.append(h);
    if (p.error) {
      const e = document.createElement("div");
      e.className = "message";
      e.textContent = p.error;
      div.append(e);
    }
    const table = document.createElement("table");
    fillTable(table, ["Account", "Asset", "Available", "Pending"],
      p.balances.map((b) => [b.account, b.asset, trim(b.available), trim(b.pending)]));
    div.append(table);
    if (p.no_withdrawals) {
      const n = document.createElement("small");
      n.className = "no-withdrawals";
      n.textContent = `No withdrawals here: ${p.no_withdrawals}`;
      div.append(n);
    }
    box.append(div);
  }
  const sel = $("w-provider");
  const chosen = sel.value;
  sel.replaceChildren();
  for (const p of payouts.balances.filter((p) => !p.no_withdrawals && !p.error)) {
    sel.add(new Option(p.provider, p.provider));
  }
  if (chosen) sel.value = chosen;
  renderAssetChoice();
}

// Any change after Check hides the quote: Send needs a new Check.
function dropQuote() {
  payouts.checked = null;
  show($("w-quote"), false);
}

function renderAssetChoice() {
  const p = payouts.balances.find((x) => x.provider === $("w-provider").value);
  const sel = $("w-asset");
  const chosen = sel.value;
  sel.replaceChildren();
  for (const b of (p ? p.balances : []).filter((b) => b.account === "main")) {
    sel.add(new Option(`${b.asset} (${trim(b.available)} available)`, b.asset));
  }
  if (chosen) sel.value = chosen;
  renderSavedChoice();
}

function renderSavedChoice() {
  const sel = $("w-saved");
  sel.replaceChildren(new Option("Type an address…", ""));
  for (const a of payouts.addresses.filter((a) => a.asset === $("w-asset").value)) {
    const [start, end] = addressEnds(a.address);
    sel.add(new Option(`${a.label}: ${start}…${end}`, a.address));
  }
}

function withdrawArgs() {
  return {
    provider: $("w-provider").value || null,
    asset: $("w-asset").value,
    amount: $("w-amount").value.trim(),
    address: $("w-address").value.trim(),
  };
}

async function checkWithdrawal(ev) {
  ev.preventDefault();
  $("withdraw-message").classList.remove("ok");
  show($("w-quote"), false);
  $("withdraw-message").textContent = "Checking…";
  try {
    const q = await invoke("owner_withdraw_quote", withdrawArgs());
    payouts.checked = q;
    $("withdraw-message").textContent = "";
    $("q-amount").textContent = `${trim(q.amount)} ${q.asset}`;
    $("q-fee").textContent = `${trim(q.fee)} ${q.asset}`;
    $("q-receive").textContent = `${trim(q.receive)} ${q.asset}`;
    const [start, end] = addressEnds(q.address);
    $("q-start").textContent = start;
    $("q-end").textContent = end;
    $("q-address").textContent = q.address;
    const notes = $("q-notes");
    notes.replaceChildren();
    for (const n of q.notes) {
      const li = document.createElement("li");
      li.textContent = n;
      notes.append(li);
    }
    $("w-pin").value = "";
    show($("w-quote"), true);
    $("w-pin").focus();
  } catch (e) {
    $("withdraw-message").textContent = errorText(e);
  }
}

async function sendWithdrawal(ev) {
  ev.preventDefault();
  $("w-send").disabled = true;
  $("withdraw-message").textContent = "Sending…";
  try {
    if (!payouts.checked) throw { message: "Check the withdrawal first." };
    const w = await invoke("owner_withdraw", { pin: $("w-pin").value });
    payouts.checked = null;
    show($("w-quote"), false);
    $("w-amount").value = "";
    await loadPayouts();
    $("withdraw-message").textContent = w.status === "failed"
      ? `Not sent: ${w.failure}`
      : `Withdrawal ${w.id} is ${w.status}.${w.failure ? " " + w.failure : ""}`;
    $("withdraw-message").classList.toggle("ok", w.status !== "failed" && !w.failure);
  } catch (e) {
    $("withdraw-message").textContent = errorText(e);
  } finally {
    $("w-pin").value = "";
    $("w-send").disabled = false;
  }
}

async function loadWithdrawals() {
  try {
    const list = await invoke("owner_withdrawals");
    const body = fillTable($("withdrawals"), ["When", "Gateway", "Amount", "Arrives", "To", "Status", ""],
      list.map((w) => {
        const [start, end] = addressEnds(w.address);
        return [when(w.created_at), w.provider, `${trim(w.amount)} ${w.asset}`,
          w.receive ? `${trim(w.receive)} ${w.asset}` : "", `${start}…${end}`,
          w.status + (w.failure ? `: ${w.failure}` : ""), ""];
      }));
    // One the gateway cannot report on is settled by the owner's word,
    // after a look at the gateway's dashboard, with the PIN.
    list.forEach((w, i) => {
      const cell = body.rows[i] && body.rows[i].cells[6];
      if (!cell || ["completed", "failed"].includes(w.status)) return;
      for (const [sent, label] of [[true, "Mark sent"], [false, "Mark not sent"]]) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "small";
        b.textContent = label;
        b.addEventListener("click", async () => {
          try {
            await invoke("owner_resolve_withdrawal", { id: w.id, sent, pin: $("h-pin").value });
            $("withdraw-message").textContent = "";
            await loadWithdrawals();
          } catch (e) {
            $("withdraw-message").textContent = errorText(e);
          } finally {
            $("h-pin").value = "";
          }
        });
        cell.append(b);
      }
    });
    show($("h-resolve"), list.some((w) => !["completed", "failed"].includes(w.status)));
  } catch (e) {
    $("withdraw-message").textContent = errorText(e);
  }
}

async function loadAddresses() {
  try {
    payouts.addresses = await invoke("owner_addresses");
  } catch (e) {
    payouts.addresses = [];
  }
  const body = fillTable($("addresses"), ["Name", "Asset", "Address", ""],
    payouts.addresses.map((a) => [a.label, a.asset, a.address, ""]));
  payouts.addresses.forEach((a, i) => {
    const cell = body.rows[i] && body.rows[i].cells[3];
    if (!cell) return;
    const rm = document.createElement("button");
    rm.type = "button";
    rm.className = "small";
    rm.textContent = "Remove";
    rm.addEventListener("click", async () => {
      const pin = await askPin(`Forget the address ${a.label}`);
      if (pin === null) return;
      await invoke("owner_remove_address", { id: a.id, pin }).catch((e) => {
        $("address-message").textContent = errorText(e);
      });
      await loadAddresses();
    });
    cell.append(rm);
  });
  renderSavedChoice();
}

function showNewAddressEnds() {
  const [start, end] = addressEnds($("a-address").value);
  $("a-ends").textContent = start ? `${start} … ${end}` : "";
  show($("a-ends"), !!start);
}

async function saveAddress(ev) {
  ev.preventDefault();
  try {
    await invoke("owner_add_address", {
      label: $("a-label").value,
      asset: $("a-asset").value,
      address: $("a-address").value,
      pin: $("a-pin").value,
    });
    $("address-message").textContent = "Address saved.";
    for (const id of ["a-label", "a-asset", "a-address"]) $(id).value = "";
    showNewAddressEnds();
    await loadAddresses();
  } catch (e) {
    $("address-message").textContent = errorText(e);
  } finally {
    $("a-pin").value = "";
  }
}

// ---- updates -----------------------------------------------------------

function updateText(u) {
  switch (u.state) {
    case "off": return "Updates are off (setting updates).";
    case "unchecked": return "Not checked yet.";
    case "checking": return "Looking for updates…";
    case "up_to_date": return `Counterpay ${u.version} is the newest version.`;
    case "available": return `Counterpay ${u.version} is available.${u.notes ? " " + u.notes : ""}`;
    case "downloading": return u.total
      ? `Downloading ${u.version}: ${Math.floor((u.received * 100) / u.total)} %`
      : `Downloading ${u.version}: ${Math.round(u.received / 1024)} KiB`;
    case "waiting_for_sales": return `${u.version} is ready; it installs when the ${u.open} open sale(s) end.`;
    case "installing": return `Installing ${u.version}; Counterpay restarts.`;
    case "failed": return u.message;
    default: return "";
  }
}

function showUpdate(u) {
  $("update-text").textContent = updateText(u);
  show($("update-install"), u.state === "available");
  const badge = ["available", "downloading", "waiting_for_sales", "installing"].includes(u.state);
  show($("update-badge"), badge);
  $("update-badge").textContent = u.state === "available" ? `Update ${u.version}` : "Updating…";
}

async function checkUpdates() {
  try {
    showUpdate(await invoke("owner_update_check"));
  } catch (e) {
    $("update-text").textContent = errorText(e);
  }
}

async function installUpdate() {
  try {
    await invoke("owner_update_install");
  } catch (e) {
    $("update-text").textContent = errorText(e);
  }
}

// ---- HQ ----------------------------------------------------------------

// How shipping this till's journal to HQ goes, in a word or two.
function showHq(h) {
  const chip = $("hq-status");
  const words = {
    up_to_date: "HQ: up to date",
    behind: `HQ: ${h.events} behind`,
    unreachable: `HQ: unreachable${h.events ? `, ${h.events} to send` : ""}`,
    refused: "HQ: refused",
  };
  chip.textContent = words[h.state] || "";
  chip.title = h.message || "";
  chip.className = `hq-chip ${h.state}`;
  show(chip, h.state !== "off");
}

// ---- gateway health ----------------------------------------------------

// The default provider's gateway as its last answer showed it, so a cashier
// knows it is down before charging; the reason is in the tooltip.
function showGatewayHealth(h) {
  const chip = $("gateway-status");
  if (!h || h.state === "unknown") {
    show(chip, false);
    return;
  }
  const words = {
    ok: "Gateway: ok",
    slow: "Gateway: slow",
    unreachable: "Gateway: unreachable",
    credentials_rejected: "Gateway: credentials rejected",
  };
  chip.textContent = words[h.state] || "";
  chip.title = [h.provider, h.reason].filter(Boolean).join(": ");
  chip.className = `hq-chip gw ${h.state}`;
  show(chip, true);
}

// ---- receipts ----------------------------------------------------------

// The receipt of a paid sale in its overlay: from the counter (`receipt`)
// or from the sales history (`owner_receipt`); a refusal goes to `message`.
async function openReceipt(id, command = "receipt", message = $("result-detail")) {
  try {
    showReceipt(await invoke(command, { id }));
  } catch (e) {
    message.textContent = errorText(e);
  }
}

function showReceipt(r) {
  $("r-shop").textContent = r.shop_name;
  $("r-address").textContent = r.address || "";
  show($("r-address"), !!r.address);
  $("r-tax").textContent = r.tax_number ? `Tax no. ${r.tax_number}` : "";
  show($("r-tax"), !!r.tax_number);
  $("r-date").textContent = r.paid_at;
  showReceiptLines(r);
  $("r-amount").textContent = `${r.amount_fiat} ${r.fiat}`;
  $("r-crypto").textContent = `${r.paid_crypto} ${r.currency}`;
  $("r-invoice").textContent = r.invoice_id;
  $("r-order").textContent = r.order_id;
  $("r-txid").textContent = r.txid || "not given by the gateway";
  $("r-cashier").textContent = r.cashier || "";
  show($("r-cashier-label"), !!r.cashier);
  show($("r-cashier"), !!r.cashier);
  show($("r-late"), r.paid_late);
  $("r-footer").textContent = r.footer || "";
  show($("r-footer"), !!r.footer);
  setPaper(localStorage.getItem("paper") || "80");
  show($("receipt"), true);
}

// The cart's lines, then subtotal, discount, tax per rate and tip.
function showReceiptLines(r) {
  const table = $("r-lines");
  table.replaceChildren();
  const row = (left, right, cls) => {
    const tr = table.insertRow();
    if (cls) tr.className = cls;
    tr.insertCell().textContent = left;
    tr.insertCell().textContent = right;
  };
  for (const l of r.lines || []) row(`${l.qty} × ${l.name}`, l.amount);
  (r.figures || []).forEach(([label, amount], i) => row(label, amount, i === 0 ? "r-figure r-first-figure" : "r-figure"));
  show(table, (r.lines || []).length > 0);
}

function setPaper(paper) {
  $("receipt-paper").value = paper;
  $("receipt-slip").className = `receipt paper-${paper}`;
  $("page-style").href = `page-${paper}.css`;
  localStorage.setItem("paper", paper);
}

// ---- start -------------------------------------------------------------

async function loadCounter() {
  state.counter = await invoke("counter_state");
  const c = state.counter;
  $("shop-name").textContent = c.shop_name;
  $("fiat").textContent = c.fiat;
  $("decimal-key").textContent = state.decimal;
  show($("sandbox-badge"), c.sandbox);
  $("mode-label").textContent = c.owner ? "Owner" : c.office ? "Manager" : "";
  showGates();
  show($("problem"), !!c.provider_problem);
  $("problem").textContent = c.provider_problem || "";
  if (!state.asset) state.asset = c.default_asset;
}

async function loadCurrencies() {
  try {
    state.currencies = state.counter.provider ? await invoke("currencies") : [];
  } catch (e) {
    state.currencies = [];
    $("entry-message").textContent = errorText(e);
  }
  renderEntry();
}

function onKey(ev) {
  // The gates' forms take their own keys (Enter submits them).
  if (!$("setup").hidden || !$("recovery").hidden || !$("signin").hidden || !$("ask-pin").hidden) {
    if (ev.key === "Escape" && !$("ask-pin").hidden) $("ask-pin-cancel").click();
    return;
  }
  if (!$("receipt").hidden) {
    if (ev.key === "Escape") show($("receipt"), false);
    return;
  }
  if (!$("owner").hidden) {
    if (ev.key === "Escape") lockOwner();
    return;
  }
  if (!$("result").hidden) {
    if (ev.key === "Enter" || ev.key === "Escape") {
      ev.preventDefault();
      newSale();
    }
    return;
  }
  if (document.activeElement === $("note")) {
    if (ev.key === "Enter") charge();
    return;
  }
  if (ev.key === "Enter") {
    ev.preventDefault();
    charge();
  } else if (ev.key === "Escape" && state.invoice && state.invoice.status === "underpaid") {
    newSale();
  } else if (ev.key === "Escape" && !state.invoice) {
    state.entry = "";
    renderEntry();
  } else {
    press(ev.key);
  }
}

async function start() {
  document.querySelectorAll("#keypad button").forEach((b) =>
    b.addEventListener("click", () => press(b.dataset.key)));
  $("charge").addEventListener("click", charge);
  $("new-sale").addEventListener("click", newSale);
  $("cancel").addEventListener("click", cancelSale);
  $("check-again").addEventListener("click", checkAgain);
  $("result-check").addEventListener("click", checkAgain);
  $("done").addEventListener("click", newSale);
  $("late-close").addEventListener("click", () => show($("late-banner"), false));
  $("late-receipt").addEventListener("click", () => openReceipt($("late-banner").dataset.id));
  $("copy-amount").addEventListener("click", () =>
    navigator.clipboard && navigator.clipboard.writeText(state.invoice.shortfall || trim(state.invoice.amount_crypto)));
  $("simulate-full").addEventListener("click", () => simulate("full"));
  $("simulate-partial").addEventListener("click", () => simulate("partial"));
  $("simulate-expire").addEventListener("click", () => simulate("expire"));
  $("customer-button").addEventListener("click", () => invoke("open_customer_display").catch((e) => alert(errorText(e))));
  $("owner-button").addEventListener("click", openOwner);
  // Closing the back office ends its session: the next person is asked.
  $("owner-close").addEventListener("click", lockOwner);
  $("setup-form").addEventListener("submit", submitSetup);
  $("recovery-done").addEventListener("click", recoveryDone);
  $("signin-form").addEventListener("submit", submitSignIn);
  $("switch-person").addEventListener("click", switchPerson);
  $("staff-form").addEventListener("submit", addStaff);
  $("activity-date").addEventListener("change", loadActivity);
  for (const kind of ["keydown", "pointerdown"]) {
    document.addEventListener(kind, touched, { capture: true });
  }
  setInterval(checkIdle, 5000);
  $("pin-form").addEventListener("submit", submitPin);
  $("provider-form").addEventListener("submit", addProvider);
  $("credentials-form").addEventListener("submit", storeCredentials);
  $("provider-kind").addEventListener("change", renderAuthChoice);
  $("provider-auth").addEventListener("change", renderAuthHelp);
  $("cred-provider").addEventListener("change", renderCredentialFields);
  $("settings-form").addEventListener("submit", (ev) => ev.preventDefault());
  $("copy-diagnostics").addEventListener("click", copyDiagnostics);
  $("change-pin-form").addEventListener("submit", changePin);
  $("owner-lock").addEventListener("click", lockOwner);
  document.querySelectorAll("#owner-tabs button").forEach((b) =>
    b.addEventListener("click", () => showTab(b.dataset.tab)));
  $("takings-first").addEventListener("change", () => {
    if ($("takings-last").value < $("takings-first").value) $("takings-last").value = $("takings-first").value;
    loadTakings();
  });
  $("takings-last").addEventListener("change", loadTakings);
  $("takings-scope").addEventListener("change", loadTakings);
  $("takings-today").addEventListener("click", () => {
    $("takings-first").value = $("takings-last").value = localDate(new Date());
    loadTakings();
  });
  $("export-csv").addEventListener("click", () => exportTakings("csv"));
  $("export-json").addEventListener("click", () => exportTakings("json"));
  $("reconcile").addEventListener("click", reconcileDay);
  $("close-shift").addEventListener("click", () => show($("close-confirm"), true));
  $("close-no").addEventListener("click", () => show($("close-confirm"), false));
  $("close-yes").addEventListener("click", closeShift);
  $("zreport-print").addEventListener("click", printZReport);
  $("zreport-csv").addEventListener("click", () => exportShift("csv"));
  $("zreport-json").addEventListener("click", () => exportShift("json"));
  $("sales-form").addEventListener("submit", searchSales);
  for (const id of ["sales-status", "sales-staff", "sales-provider", "sales-last"]) {
    $(id).addEventListener("change", () => searchSales());
  }
  $("sales-first").addEventListener("change", () => {
    if ($("sales-last").value && $("sales-last").value < $("sales-first").value) {
      $("sales-last").value = $("sales-first").value;
    }
    searchSales();
  });
  $("sale-back").addEventListener("click", backToSales);
  $("sale-check").addEventListener("click", checkSale);
  $("sale-receipt").addEventListener("click", reprintSale);
  $("sale-confirm-form").addEventListener("submit", confirmSale);
  $("print-receipt").addEventListener("click", () => state.invoice && openReceipt(state.invoice.id));
  $("receipt-paper").addEventListener("change", () => setPaper($("receipt-paper").value));
  $("receipt-print").addEventListener("click", () => {
    document.body.classList.remove("printing-z");
    invoke("print_receipt").catch((e) => alert(errorText(e)));
  });
  $("receipt-close").addEventListener("click", () => show($("receipt"), false));
  $("update-check").addEventListener("click", checkUpdates);
  $("w-provider").addEventListener("change", () => { dropQuote(); renderAssetChoice(); });
  $("w-asset").addEventListener("change", () => { dropQuote(); renderSavedChoice(); });
  $("w-saved").addEventListener("change", () => {
    dropQuote();
    if ($("w-saved").value) $("w-address").value = $("w-saved").value;
  });
  $("w-all").addEventListener("click", () => { dropQuote(); $("w-amount").value = "all"; });
  $("w-amount").addEventListener("input", dropQuote);
  $("w-address").addEventListener("input", dropQuote);
  $("withdraw-form").addEventListener("submit", checkWithdrawal);
  $("w-send-form").addEventListener("submit", sendWithdrawal);
  $("w-cancel").addEventListener("click", dropQuote);
  $("address-form").addEventListener("submit", saveAddress);
  $("a-address").addEventListener("input", showNewAddressEnds);
  $("update-install").addEventListener("click", installUpdate);
  $("update-badge").addEventListener("click", () => {
    state.tab = "setup";
    openOwner();
  });
  document.addEventListener("keydown", onKey);

  await listen("invoice", (view) => {
    if (state.invoice && view.id === state.invoice.id) {
      showSale(view);
    } else if (view.status === "paid" && lateWord(view)) {
      showLate(view);
    }
    loadRecent();
  });
  await listen("update", showUpdate);
  await listen("hq", showHq);
  invoke("hq_state").then(showHq).catch(() => {});
  await listen("gateway_health", showGatewayHealth);
  invoke("gateway_health").then(showGatewayHealth).catch(() => {});
  await listen("withdrawal", () => {
    if (!$("owner").hidden && state.tab === "payouts") loadWithdrawals();
  });
  invoke("update_state").then(showUpdate).catch(() => {});
  setInterval(tick, 1000);
  await loadCounter();
  if (state.counter.person) {
    await loadCurrencies();
    await loadRecent();
  }
}

start();

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
    await invoke("setup", {
      shopName: $("setup-shop").value,
      fiat: $("setup-fiat").value,
      pin: $("setup-pin").value,
      pinAgain: $("setup-pin-again").value,
    });
    $("setup-message").textContent = "";
    await afterSignIn();
  } catch (e) {
    $("setup-message").textContent = errorText(e);
  } finally {
    $("setup-pin").value = "";
    $("setup-pin-again").value = "";
  }
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
  if (c.person && !state.invoice && c.counter_idle_minutes > 0 &&
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
  const allowed = owner || ["takings", "shifts"].includes(state.tab);
  await showTab(allowed && state.tab ? state.tab : "takings");
}

async function showTab(tab) {
  state.tab = tab;
  document.querySelectorAll("#owner-tabs button").forEach((b) =>
    b.classList.toggle("chosen", b.dataset.tab === tab));
  document.querySelectorAll("#owner-panel .tab").forEach((t) => show(t, t.id === `tab-${tab}`));
  if (tab === "takings") await loadTakings();
  if (tab === "shifts") await loadShifts();
  if (tab === "setup") await loadSetup();
  if (tab === "payouts") await loadPayouts();
  if (tab === "staff") await loadStaff();
  if (tab === "activity") await loadActivity();
}

async function loadSetup() {
  const form = $("settings-form");
  form.replaceChildren();
  for (const s of await invoke("owner_settings")) {
    const label = document.createElement("label");
    label.textContent = s.key.replaceAll("_", " ") + (s.needs_pin ? " (PIN)" : "");
    const input = document.createElement("input");
    input.name = s.key;
    input.value = s.value;
    input.title = s.help;
    input.addEventListener("change", async () => {
      try {
        const pin = s.needs_pin ? await askPin(`Change ${s.key.replaceAll("_", " ")}`) : null;
        if (s.needs_pin && pin === null) {
          input.value = s.value;
          return;
        }
        input.value = await invoke("owner_set", { key: s.key, value: input.value, pin });
        s.value = input.value;
        $("settings-message").textContent = `Saved ${s.key}.`;
        await loadCounter();
      } catch (e) {
        input.value = s.value;
        $("settings-message").textContent = errorText(e);
      }
    });
    label.append(input);
    form.append(label);
  }
  const ul = $("providers");
  ul.replaceChildren();
  for (const p of await invoke("owner_providers")) {
    const li = document.createElement("li");
    const what = document.createElement("span");
    what.textContent = `${p.name} (${p.kind}) ${p.base_url || "built in"}`;
    li.append(what);
    if (p.is_default) {
      const badge = document.createElement("b");
      badge.textContent = "default";
      li.append(badge);
    } else {
      li.append(pinButton("Make default", `Send sales to ${p.name}`, (pin) =>
        invoke("owner_set_default_provider", { name: p.name, pin })));
    }
    li.append(pinButton("Remove", `Remove ${p.name}`, (pin) =>
      invoke("owner_remove_provider", { name: p.name, pin })));
    ul.append(li);
  }
}

// A button for a change that asks for the owner's PIN first.
function pinButton(label, title, act) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small";
  b.textContent = label;
  b.addEventListener("click", async () => {
    const pin = await askPin(title);
    if (pin === null) return;
    try {
      await act(pin);
      $("provider-message").textContent = "";
      await afterProviderChange();
    } catch (e) {
      $("provider-message").textContent = errorText(e);
    }
  });
  return b;
}

async function afterProviderChange() {
  await loadCounter();
  await loadCurrencies();
  await loadSetup();
}

async function addProvider(ev) {
  ev.preventDefault();
  const pin = await askPin(`Add the gateway ${$("provider-name").value}`);
  if (pin === null) return;
  try {
    await invoke("owner_add_provider", {
      name: $("provider-name").value,
      kind: $("provider-kind").value,
      baseUrl: $("provider-url").value || null,
      options: {},
      pin,
    });
    $("provider-message").textContent = "Gateway added. Sales still go to the default gateway until you make this one the default.";
    await afterProviderChange();
  } catch (e) {
    $("provider-message").textContent = errorText(e);
  }
}

async function storeCredentials(ev) {
  ev.preventDefault();
  const values = {};
  for (const i of [1, 2]) {
    const k = $(`cred-key-${i}`).value.trim();
    if (k) values[k] = $(`cred-value-${i}`).value;
  }
  const pin = await askPin(`Store credentials for ${$("cred-provider").value.trim()}`);
  if (pin !== null) {
    try {
      const n = await invoke("owner_store_credentials", { name: $("cred-provider").value.trim(), values, pin });
      $("provider-message").textContent = `${n} credential(s) saved in the OS keyring.`;
    } catch (e) {
      $("provider-message").textContent = errorText(e);
    }
  }
  for (const i of [1, 2]) $(`cred-value-${i}`).value = "";
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
    .map(([k, v]) => `${k.replaceAll("_", " ")}: ${v}`)
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

function showZReport(z) {
  const box = $("zreport");
  box.replaceChildren();
  const h = document.createElement("h3");
  h.textContent = `Z-report no. ${z.number}: ${when(z.opened_at)} to ${when(z.closed_at)}`;
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
  const seal = document.createElement("small");
  seal.className = "seal";
  seal.textContent = `${z.closed_by ? `Closed by ${z.closed_by}. ` : ""}Sealed at journal event ${z.last_seq}, hash ${z.last_hash}`;
  box.append(h, facts, cashiers, exceptions, seal);
  show(box, true);
}

async function loadShifts() {
  try {
    const list = await invoke("owner_shifts");
    const body = fillTable($("shifts"), ["No.", "Opened", "Closed", "Invoices", "Paid", "Exceptions"],
      list.map((z) => [String(z.number), when(z.opened_at), when(z.closed_at), String(z.summary.invoices),
        money(z.summary.totals), String(z.exceptions.length)]));
    list.forEach((z, i) => body.rows[i] && body.rows[i].addEventListener("click", () => showZReport(z)));
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

// ---- receipts ----------------------------------------------------------

async function openReceipt(id) {
  try {
    const r = await invoke("receipt", { id });
    $("r-shop").textContent = r.shop_name;
    $("r-date").textContent = r.paid_at;
    $("r-amount").textContent = `${r.amount_fiat} ${r.fiat}`;
    $("r-crypto").textContent = `${r.paid_crypto} ${r.currency}`;
    $("r-invoice").textContent = r.invoice_id;
    $("r-order").textContent = r.order_id;
    $("r-txid").textContent = r.txid || "not given by the gateway";
    $("r-cashier").textContent = r.cashier || "";
    show($("r-cashier-label"), !!r.cashier);
    show($("r-cashier"), !!r.cashier);
    show($("r-late"), r.paid_late);
    setPaper(localStorage.getItem("paper") || "80");
    show($("receipt"), true);
  } catch (e) {
    $("result-detail").textContent = errorText(e);
  }
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
  if (!$("setup").hidden || !$("signin").hidden || !$("ask-pin").hidden) {
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
  $("close-shift").addEventListener("click", () => show($("close-confirm"), true));
  $("close-no").addEventListener("click", () => show($("close-confirm"), false));
  $("close-yes").addEventListener("click", closeShift);
  $("print-receipt").addEventListener("click", () => state.invoice && openReceipt(state.invoice.id));
  $("receipt-paper").addEventListener("change", () => setPaper($("receipt-paper").value));
  $("receipt-print").addEventListener("click", () =>
    invoke("print_receipt").catch((e) => alert(errorText(e))));
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

// Day fields: a text box that shows and takes a calendar day the staff's
// way ("02/12/2026" in Portuguese, "12/2/2026" in English). WebKit's own
// date input writes the computer's format whatever the language. The day
// itself is kept as YYYY-MM-DD in `data-day`, which is what the app takes.
import { t, date, typedDay, today } from "./i18n.js";

export function dayField(input) {
  input.classList.add("day-field");
  input.placeholder = date(today());
  input.addEventListener("input", () => input.setCustomValidity(""));
  // Captured, so the screen's own change handler sees the day already
  // read, and never sees a day that is none.
  input.addEventListener("change", (ev) => {
    const day = typedDay(input.value);
    if (day === null && input.value.trim()) {
      ev.stopImmediatePropagation();
      input.setCustomValidity(t("day-invalid", { example: date(today()) }));
      input.reportValidity();
      return;
    }
    setDay(input, day);
  }, true);
}

// The field's day as YYYY-MM-DD, "" when it is empty.
export function dayOf(input) {
  return input.dataset.day || "";
}

export function setDay(input, day) {
  input.dataset.day = day || "";
  input.value = date(day);
  input.setCustomValidity("");
}

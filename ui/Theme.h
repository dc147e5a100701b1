#pragma once
// The console's look in one place: an application style sheet (ui/style/console.qss) instead of
// colours written into each widget. A widget names its part with a role ("pageTitle", "error",
// "panel", …) and its state with a tone; the style sheet decides how that looks.

class QApplication;
class QWidget;

namespace prakerja::Theme {

enum class Tone { Normal, Good, Warning, Bad };

// Installs the style sheet on the application (the console's main; tests run without it).
void install(QApplication& app);
// Marks `widget` as the style sheet's `role`.
void setRole(QWidget* widget, const char* role);
// Sets the state shown (a label's colour, the budget bar's fill) and re-polishes the widget.
void setTone(QWidget* widget, Tone tone);

} // namespace prakerja::Theme

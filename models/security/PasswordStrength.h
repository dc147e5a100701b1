#pragma once
// Judges a new password: a deny list of the 30,000 most common passwords (shipped compressed,
// resources/data/common_passwords.README.md) and an estimate of the guesses an attacker
// needs, in bits. The estimate splits the password into the cheapest pieces: common
// passwords (also capitalised or in leetspeak, costing the log of their rank), runs such as
// "abc", "9876" or "aaaa", keyboard rows ("qwerty", "asdf"), repeats of an earlier piece, and
// single characters (about 3.3 bits a digit, 4.7 a letter, 5 a symbol). A simplified zxcvbn.

#include <QString>

namespace prakerja {

class PasswordStrength
{
public:
    // Below this, a password is refused as weak: about a trillion guesses.
    static constexpr double kMinimumBits = 40.0;

    // Exactly a common password (case ignored, leetspeak undone).
    static bool isCommon(const QString& password);
    static double estimateBits(const QString& password);
    // Number of entries in the shipped list (for tests).
    static int listSize();
};

} // namespace prakerja

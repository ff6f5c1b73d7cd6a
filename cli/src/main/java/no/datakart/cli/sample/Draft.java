package no.datakart.cli.sample;

import java.time.LocalDate;

/**
 * One document as a clerk saved it: the name (without extension) and the folder under its department's,
 * what it says, and the day it was written.
 *
 * @param folder a sub-folder of the kind's place, often the year ({@code 2024}); empty for none
 */
record Draft(String folder, String name, Doc doc, LocalDate date) {
}

/** E-mail addresses, found from their {@code @} in the same pass as everything else. */
package no.datakart.patterns.email;

package no.datakart.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class UnitsTest {
    private static final long MIB = 1L << 20;

    @Test
    void everySizeUnitIs1024Based() {
        assertEquals(512 * MIB, Units.size("512MiB"));
        assertEquals(512 * MIB, Units.size("512MB"));
        assertEquals(512 * MIB, Units.size("512m"));
        assertEquals(512 * MIB, Units.size("512 mb"));
        assertEquals(2L << 30, Units.size("2GiB"));
        assertEquals(2L << 30, Units.size("2G"));
        assertEquals(64L << 10, Units.size("64k"));
        assertEquals(1L << 40, Units.size("1TiB"));
        assertEquals(1_000_000L, Units.size("1000000"), "a plain number is bytes");
        assertEquals(1_000_000L, Units.size("1_000_000"));
        assertEquals(Long.MAX_VALUE, Units.size("9999999999999T"), "past a long: as large as can be");
        for (String bad : new String[] {"", "2 GiB x", "1.5GiB", "-1", "2GiBs", "G", "512 bytes", "2Gb x"}) {
            assertNull(Units.size(bad), bad);
        }
    }

    @Test
    void durationsInHoursMinutesAndSeconds() {
        assertEquals(Duration.ofSeconds(30), Units.duration("30s"));
        assertEquals(Duration.ofMinutes(5), Units.duration("5m"));
        assertEquals(Duration.ofHours(1), Units.duration("1h"));
        assertEquals(Duration.ofMinutes(90), Units.duration("1h30m"));
        assertEquals(Duration.ofSeconds(3725), Units.duration("1h 2m 5s"));
        assertEquals(Duration.ZERO, Units.duration("0s"), "parsed; the loader says it is too short");
        for (String bad : new String[] {"", "5", "5 minutter", "5min", "1m1h", "1.5h", "PT5M", "-5m"}) {
            assertNull(Units.duration(bad), bad);
        }
    }

    @Test
    void countsAreWholeNumbers() {
        assertEquals(1_000_000_000L, Units.count("1000000000"));
        assertEquals(1_000_000_000L, Units.count("1_000_000_000"));
        assertNull(Units.count("1e9"));
        assertNull(Units.count("10k"));
        assertEquals(Long.MAX_VALUE, Units.count("99999999999999999999"));
    }

    @Test
    void writtenBackInTheLargestWholeUnit() {
        assertEquals("2GiB", Units.formatSize(2L << 30));
        assertEquals("512MiB", Units.formatSize(512 * MIB));
        assertEquals("1536KiB", Units.formatSize(1536L << 10));
        assertEquals("1000 bytes", Units.formatSize(1000));
        assertEquals("1h30m", Units.formatDuration(Duration.ofMinutes(90)));
        assertEquals("5m", Units.formatDuration(Duration.ofMinutes(5)));
        assertEquals("1m1s", Units.formatDuration(Duration.ofSeconds(61)));
        assertEquals("0s", Units.formatDuration(Duration.ZERO));
    }
}

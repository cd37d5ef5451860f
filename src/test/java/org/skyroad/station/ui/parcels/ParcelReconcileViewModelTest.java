package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.parcel.Carrier;

class ParcelReconcileViewModelTest {

    @TempDir
    Path dir;
    ParcelUiStation st;
    ParcelReconcileViewModel vm;

    @BeforeEach
    void open() {
        st = new ParcelUiStation(dir.resolve("db"));
        st.villager("扎西", "13800138000", st.village, true);
        st.checkIn("SF1234567890123", "13800138000");
        st.checkIn("SF2234567890123", "13800138000");
        st.checkIn("YT1234567890123", "13800138000");
        vm = new ParcelReconcileViewModel(st.screens());
        vm.start();
    }

    @AfterEach
    void close() {
        st.close();
    }

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("manifest-" + System.nanoTime() + ".csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aManifestFileListsWhatIsMissingAndWhatIsExtra() throws Exception {
        assertEquals("2025-07-01", vm.dateProperty().get(), "today is proposed");
        vm.carrierProperty().set(Carrier.SF);
        vm.fileProperty().set(csv("\uFEFF序号,运单号,收件人\n1,SF1234567890123,扎西\n2,\"SF 9999 9999 9999 9\",卓玛\n"));
        vm.reconcile();
        assertEquals("", vm.errorProperty().get());
        assertEquals(List.of("SF9999999999999"), List.copyOf(vm.missing()));
        assertEquals(List.of("SF2234567890123"), List.copyOf(vm.extra()));
        assertTrue(vm.summaryProperty().get().startsWith("2 received, 2 on the manifest: 1 missing, 1 extra"),
                vm.summaryProperty().get());
    }

    @Test
    void aTypedCountIsComparedWithWhatWasReceived() {
        vm.carrierProperty().set(Carrier.YTO);
        vm.countProperty().set(" 1 ");
        vm.reconcile();
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("All 1 parcels"), vm.summaryProperty().get());
        vm.carrierProperty().set(Carrier.SF);
        vm.reconcile();
        assertTrue(vm.summaryProperty().get().startsWith("2 received, 1 on the manifest"), vm.summaryProperty().get());
    }

    @Test
    void badInputIsRefusedWithASentenceAndNoOldResultStays() throws Exception {
        vm.carrierProperty().set(Carrier.SF);
        vm.fileProperty().set(csv("运单号\nSF1234567890123\n"));
        vm.reconcile();
        assertEquals(List.of("SF2234567890123"), List.copyOf(vm.extra()));

        vm.fileProperty().set(csv("运单号\nSF1234567890123\nnot a number!\n"));
        vm.reconcile();
        assertEquals("Line 3 of the manifest is not a tracking number: \"not a number!\". Nothing was reconciled; "
                + "correct the file and try again.", vm.errorProperty().get());
        assertTrue(vm.extra().isEmpty() && vm.missing().isEmpty() && vm.summaryProperty().get().isEmpty(),
                "the result of the earlier file is not left on screen");

        vm.fileProperty().set(dir.resolve("gone.csv"));
        vm.reconcile();
        assertEquals("Cannot read the manifest file gone.csv.", vm.errorProperty().get());

        vm.fileProperty().set(null);
        vm.countProperty().set("twelve");
        vm.reconcile();
        assertEquals("Type the count on the manifest, or choose the manifest file.", vm.errorProperty().get());
        vm.countProperty().set("-3");
        vm.reconcile();
        assertEquals("The manifest count cannot be negative (-3).", vm.errorProperty().get());
        vm.countProperty().set("3");
        vm.dateProperty().set("1 July");
        vm.reconcile();
        assertEquals("\"1 July\" is not a date: type it like 2025-07-01.", vm.errorProperty().get());
        vm.dateProperty().set("2025-07-01");
        vm.carrierProperty().set(null);
        vm.reconcile();
        assertTrue(vm.errorProperty().get().length() > 10, vm.errorProperty().get());
        assertTrue(vm.summaryProperty().get().isEmpty());
    }
}

package org.skyroad.station.ui.parcels;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * A signature drawn on screen with the mouse or a pen: a white canvas, black strokes. Saved
 * as PNG bytes for the handover record, or nothing when nobody signed.
 */
public final class SignaturePad extends Canvas {

    private boolean signed;

    public SignaturePad(double width, double height) {
        super(width, height);
        clear();
        GraphicsContext g = getGraphicsContext2D();
        setOnMousePressed(e -> {
            g.beginPath();
            g.moveTo(e.getX(), e.getY());
            g.stroke();
        });
        setOnMouseDragged(e -> {
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            signed = true;
        });
        setFocusTraversable(false);
    }

    public void clear() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.BLACK);
        g.setLineWidth(2.2);
        g.setStroke(Color.web("#111111"));
        signed = false;
    }

    public boolean isSigned() {
        return signed;
    }

    /** The drawing as PNG, or null when nothing was drawn. */
    public byte[] png() {
        if (!signed) {
            return null;
        }
        WritableImage image = snapshot(new SnapshotParameters(), null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(rgb, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

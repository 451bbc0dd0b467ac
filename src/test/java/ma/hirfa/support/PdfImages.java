package ma.hirfa.support;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Where images (QR codes, photos) are drawn on a page, in points from the top left corner, for {@link PdfLayout}. */
final class PdfImages extends PDFStreamEngine {

    private final List<Rectangle2D> found = new ArrayList<>();
    private final float pageHeight;

    private PdfImages(float pageHeight) {
        this.pageHeight = pageHeight;
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    static List<Rectangle2D> on(PDPage page) throws IOException {
        PdfImages engine = new PdfImages(page.getCropBox().getHeight());
        engine.processPage(page);
        return engine.found;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName())
                && getResources().getXObject((COSName) operands.get(0)) instanceof PDImageXObject) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            float width = m.getScalingFactorX();
            float height = m.getScalingFactorY();
            found.add(new Rectangle2D.Float(m.getTranslateX(), pageHeight - m.getTranslateY() - height, width, height));
        }
        super.processOperator(operator, operands);
    }
}

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.ColorSpaceType;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Paints the bundled menu's pictures: one flat illustration per item, drawn here rather than
 * photographed so that the art has one style and nothing to license. Plain JDK, no class path:
 *
 * <pre>java tools/MenuArt.java MENU_JSON OUT_DIR [CONTACT_SHEET_PNG]</pre>
 *
 * How an item looks is decided by {@link Looks}, keyed by item id, with a fallback per category so
 * that a new item still gets a picture. An item served hot or iced (it has the {@code temperature}
 * option group) gets a second picture the other way round, named for the option: {@code
 * americano-temp-iced.png}, {@code caramel-macchiato-temp-hot.png}; the kiosk shows it when the
 * customer picks that option.
 */
public class MenuArt {

    static final int SIZE = 360;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java tools/MenuArt.java MENU_JSON OUT_DIR [CONTACT_SHEET_PNG]");
            System.exit(2);
        }
        Map<String, Object> menu = MiniJson.object(Files.readString(Path.of(args[0])));
        Path out = Files.createDirectories(Path.of(args[1]));
        Map<Item, BufferedImage> pictures = new LinkedHashMap<>();
        for (Item item : Item.allIn(menu)) {
            pictures.put(item, write(Looks.of(item), out.resolve(item.image())));
            for (Map.Entry<String, Look> variant : Looks.temperatureVariants(item).entrySet()) {
                write(variant.getValue(), out.resolve(item.imageWith(variant.getKey())));
            }
        }
        if (args.length > 2) {
            Path sheet = Path.of(args[2]);
            ContactSheet.write(Category.allIn(menu), pictures, sheet);
            System.out.printf("%-28s %6d bytes%n", sheet, Files.size(sheet));
        }
    }

    private static BufferedImage write(Look look, Path file) throws IOException {
        BufferedImage picture = Studio.paint(look);
        ImageIO.write(picture, "png", file.toFile());
        System.out.printf("%-36s %6d bytes%n", file.getFileName(), Files.size(file));
        return picture;
    }
}

/** The few fields of a menu item the pictures need. */
record Item(String id, String categoryId, String ko, String en, long priceWon, String image, boolean hotOrIced) {

    static List<Item> allIn(Map<String, Object> menu) {
        return MiniJson.objects(menu, "items").stream().map(Item::from).toList();
    }

    /** The file of this item's picture with an option picked: americano.png, temp-iced -> americano-temp-iced.png. */
    String imageWith(String optionId) {
        int dot = image.lastIndexOf('.');
        return image.substring(0, dot) + "-" + optionId + image.substring(dot);
    }

    private static Item from(Map<String, Object> m) {
        Map<String, Object> name = MiniJson.objects(m, "name").get(0);
        Object groups = m.get("optionGroupIds");
        return new Item((String) m.get("id"), (String) m.get("categoryId"), (String) name.get("ko"),
                (String) name.get("en"), ((Number) m.get("basePriceWon")).longValue(), (String) m.get("image"),
                groups instanceof List<?> ids && ids.contains("temperature"));
    }
}

record Category(String id, String ko, String en, int sortOrder) {

    static List<Category> allIn(Map<String, Object> menu) {
        return MiniJson.objects(menu, "categories").stream().map(Category::from)
                .sorted(Comparator.comparingInt(Category::sortOrder)).toList();
    }

    private static Category from(Map<String, Object> m) {
        Map<String, Object> name = MiniJson.objects(m, "name").get(0);
        return new Category((String) m.get("id"), (String) name.get("ko"), (String) name.get("en"),
                ((Number) m.get("sortOrder")).intValue());
    }
}

/** Just enough JSON to read the seed menu: objects, arrays, strings, numbers, true, false, null. */
final class MiniJson {

    private final String text;
    private int at;

    private MiniJson(String text) {
        this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) new MiniJson(text).value();
    }

    /** The object or array of objects under {@code key}, as a list either way. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of((Map<String, Object>) value);
    }

    private Object value() {
        skipSpace();
        return switch (text.charAt(at)) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
            return map;
        }
        do {
            skipSpace();
            String key = string();
            expect(':');
            map.put(key, value());
        } while (nextIs(','));
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            at++;
            return list;
        }
        do {
            list.add(value());
        } while (nextIs(','));
        expect(']');
        return list;
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    private Object literal(String word, Object result) {
        if (!text.startsWith(word, at)) {
            throw new IllegalArgumentException("bad JSON at " + at);
        }
        at += word.length();
        return result;
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return Double.valueOf(text.substring(start, at));
    }

    private char peek() {
        skipSpace();
        return text.charAt(at);
    }

    private boolean nextIs(char c) {
        if (peek() != c) {
            return false;
        }
        at++;
        return true;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

/** What a picture shows: a vessel or a bake, its colours, and the details that make it this item. */
record Look(Form form, Color main, Color second, Color accent, Set<Detail> details, String seed) {

    boolean has(Detail detail) {
        return details.contains(detail);
    }

    /** Random but repeatable placement (ice, seeds, chips), so a re-run paints the same picture. */
    Random random() {
        return new Random(seed.hashCode());
    }
}

enum Form { DEMITASSE, CUP, MUG, PAPER_CUP, ICED_CUP, TEA_CUP, SMOOTHIE, CAKE, CROISSANT, SALT_BREAD, COOKIE, MACARON }

enum Detail {
    STEAM, CREMA, HEART, ROSETTA, TULIP, CRUMBS, WHIP, DRIZZLE, CREAM_CAP, COCOA, ICE, BUBBLES, STRAW, FRUIT_BITS,
    LEMON, GRAPEFRUIT, GRAPES, TAG, FLOWER, MINT, PEEL, STRAWBERRY, MANGO, BLUEBERRY, SWIRL, SHAVINGS, CRUST
}

/** The table that decides each item's picture. Colours: main (body), second (layer or foam), accent (backdrop, straw). */
final class Looks {

    private static final Map<String, Look> BY_ITEM = Map.ofEntries(
            look("espresso", Form.DEMITASSE, "3B2416", "C98A4B", "9A6A44", Detail.STEAM, Detail.CREMA),
            look("americano", Form.PAPER_CUP, "4A2C1A", "C9955C", "8E6141", Detail.STEAM),
            look("cold-brew", Form.ICED_CUP, "3A2012", "6B3A1E", "6F4A33", Detail.ICE, Detail.STRAW),
            look("caramel-macchiato", Form.ICED_CUP, "EEDDC6", "9B6236", "D08A35",
                    Detail.ICE, Detail.STRAW, Detail.DRIZZLE),
            look("cafe-mocha", Form.MUG, "5C3321", "7A4A30", "8C5A3C", Detail.WHIP, Detail.COCOA, Detail.DRIZZLE),
            look("einspanner", Form.ICED_CUP, "2F1A10", "F3E4CC", "8C6648", Detail.CREAM_CAP, Detail.COCOA),
            look("cafe-latte", Form.MUG, "C69563", "FBF3E8", "B98456", Detail.STEAM, Detail.ROSETTA),
            look("vanilla-latte", Form.MUG, "D7AE7C", "FFF7EA", "E2B866", Detail.STEAM, Detail.HEART),
            look("flat-white", Form.CUP, "A8703F", "FBF3E8", "A87A55", Detail.STEAM, Detail.TULIP),
            look("matcha-latte", Form.MUG, "86AC4F", "F5F7E6", "7FA848", Detail.STEAM, Detail.HEART),
            look("chocolate-latte", Form.ICED_CUP, "5E3422", "6E3F29", "9A5E3E",
                    Detail.ICE, Detail.STRAW, Detail.WHIP, Detail.DRIZZLE),
            look("sweet-potato-latte", Form.MUG, "E0B36E", "FAEFDC", "C98F52", Detail.STEAM, Detail.CRUMBS),
            look("strawberry-latte", Form.ICED_CUP, "E8475F", "F4D8D0", "E8576D",
                    Detail.ICE, Detail.STRAW, Detail.FRUIT_BITS),
            look("earl-grey", Form.TEA_CUP, "A8561F", "A8561F", "7A8FBF", Detail.STEAM, Detail.TAG),
            look("chamomile", Form.TEA_CUP, "E2AE35", "E2AE35", "E0BE45", Detail.STEAM, Detail.FLOWER),
            look("peppermint", Form.TEA_CUP, "B5BE4E", "B5BE4E", "6DB56D", Detail.STEAM, Detail.MINT),
            look("yuja-tea", Form.TEA_CUP, "F3A41E", "F3A41E", "F2B233", Detail.STEAM, Detail.PEEL),
            look("grapefruit-honey-black-tea", Form.TEA_CUP, "C2512E", "C2512E", "EE7D5E",
                    Detail.STEAM, Detail.GRAPEFRUIT),
            look("lemon-ade", Form.ICED_CUP, "F6DE55", "FBEC96", "F2C94C",
                    Detail.ICE, Detail.BUBBLES, Detail.STRAW, Detail.LEMON),
            look("grapefruit-ade", Form.ICED_CUP, "EE6A5C", "F59A84", "EF7B63",
                    Detail.ICE, Detail.BUBBLES, Detail.STRAW, Detail.GRAPEFRUIT),
            look("green-grape-ade", Form.ICED_CUP, "B6D257", "D6E78E", "93C24A",
                    Detail.ICE, Detail.BUBBLES, Detail.STRAW, Detail.GRAPES),
            look("strawberry-smoothie", Form.SMOOTHIE, "E24A63", "F27D8F", "E8576D",
                    Detail.WHIP, Detail.STRAWBERRY, Detail.STRAW),
            look("mango-smoothie", Form.SMOOTHIE, "F6AE2D", "FBD05C", "F4A62A", Detail.MANGO, Detail.STRAW),
            look("blueberry-yogurt-smoothie", Form.SMOOTHIE, "8C6BB5", "F7F2F8", "7D67B5",
                    Detail.SWIRL, Detail.BLUEBERRY, Detail.STRAW),
            look("cheesecake", Form.CAKE, "F5DCA8", "DDA45C", "E7C36F", Detail.CRUST),
            look("chocolate-cake", Form.CAKE, "5A3322", "3A1E13", "8C5A40", Detail.SHAVINGS),
            look("strawberry-cake", Form.CAKE, "F3D08E", "FFF9F1", "EE6F83", Detail.STRAWBERRY),
            look("butter-croissant", Form.CROISSANT, "E8A64C", "B8691F", "E3A34E"),
            look("salt-bread", Form.SALT_BREAD, "E2A85C", "B9732F", "CFA06A"),
            look("chocolate-chip-cookie", Form.COOKIE, "DCA862", "3E2316", "C98F4D"),
            look("macaron", Form.MACARON, "F4A7B9", "B9D88F", "EE9DB3"));

    private static final Map<String, Look> BY_CATEGORY = Map.ofEntries(
            look("coffee", Form.MUG, "C69563", "FBF3E8", "B98456", Detail.STEAM, Detail.ROSETTA),
            look("latte", Form.MUG, "D7AE7C", "FFF7EA", "D2A06A", Detail.STEAM, Detail.HEART),
            look("tea", Form.TEA_CUP, "B8682A", "B8682A", "C99A5B", Detail.STEAM, Detail.TAG),
            look("ade", Form.ICED_CUP, "F3C64F", "F9E08E", "F0B84A", Detail.ICE, Detail.BUBBLES, Detail.STRAW),
            look("dessert", Form.COOKIE, "DCA862", "3E2316", "C98F4D"));

    private static final Look UNKNOWN = BY_CATEGORY.get("coffee");

    private Looks() {
    }

    static Look of(Item item) {
        Look look = BY_ITEM.getOrDefault(item.id(), BY_CATEGORY.getOrDefault(item.categoryId(), UNKNOWN));
        return new Look(look.form(), look.main(), look.second(), look.accent(), look.details(), item.id());
    }

    /** An item served hot or iced, drawn the other way round too: the option's id and that look. */
    static Map<String, Look> temperatureVariants(Item item) {
        if (!item.hotOrIced()) {
            return Map.of();
        }
        Look look = of(item);
        return look.form() == Form.ICED_CUP ? Map.of("temp-hot", hot(look)) : Map.of("temp-iced", iced(look));
    }

    /** The drink over ice in a glass: no steam, no latte art on a foam that is not there. */
    private static Look iced(Look hot) {
        Set<Detail> details = EnumSet.noneOf(Detail.class);
        details.addAll(hot.details());
        details.removeAll(EnumSet.of(Detail.STEAM, Detail.CREMA, Detail.HEART, Detail.ROSETTA, Detail.TULIP,
                Detail.TAG, Detail.CRUMBS, Detail.FLOWER, Detail.MINT, Detail.PEEL));
        details.addAll(EnumSet.of(Detail.ICE, Detail.STRAW));
        boolean milky = hot.form() == Form.MUG || hot.form() == Form.CUP;
        Color top = milky ? hot.second() : Brush.light(hot.main(), 0.22);
        return new Look(Form.ICED_CUP, hot.main(), top, hot.accent(), details, hot.seed() + "-iced");
    }

    /** The drink steaming in a mug, with a heart in its foam unless it wears cream. */
    private static Look hot(Look iced) {
        Set<Detail> details = EnumSet.noneOf(Detail.class);
        details.addAll(iced.details());
        details.removeAll(EnumSet.of(Detail.ICE, Detail.STRAW, Detail.BUBBLES, Detail.FRUIT_BITS, Detail.CREAM_CAP));
        if (!details.contains(Detail.WHIP)) {
            details.addAll(EnumSet.of(Detail.STEAM, Detail.HEART));
        }
        return new Look(Form.MUG, iced.main(), iced.second(), iced.accent(), details, iced.seed() + "-hot");
    }

    private static Map.Entry<String, Look> look(String key, Form form, String main, String second, String accent,
                                                Detail... details) {
        Set<Detail> set = EnumSet.noneOf(Detail.class);
        set.addAll(List.of(details));
        return Map.entry(key, new Look(form, hex(main), hex(second), hex(accent), set, key));
    }

    private static Color hex(String rgb) {
        return new Color(Integer.parseInt(rgb, 16));
    }
}

/** Colour arithmetic and the fills every painter shares: gradients, shading, soft shadows. */
final class Brush {

    static final Color WHITE = Color.WHITE;
    static final Color INK = new Color(0x3A2A20);

    private Brush() {
    }

    static Graphics2D open(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    /** {@code a} moved a fraction {@code t} of the way to {@code b}. */
    static Color mix(Color a, Color b, double t) {
        return new Color(lerp(a.getRed(), b.getRed(), t), lerp(a.getGreen(), b.getGreen(), t),
                lerp(a.getBlue(), b.getBlue(), t), lerp(a.getAlpha(), b.getAlpha(), t));
    }

    static Color light(Color c, double t) {
        return mix(c, WHITE, t);
    }

    static Color dark(Color c, double t) {
        return mix(c, Color.BLACK, t);
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    static Ellipse2D oval(double cx, double cy, double w, double h) {
        return new Ellipse2D.Double(cx - w / 2, cy - h / 2, w, h);
    }

    static void fill(Graphics2D g, Shape s, Color c) {
        g.setColor(c);
        g.fill(s);
    }

    static void vertical(Graphics2D g, Shape s, Color top, Color bottom) {
        Rectangle2D b = s.getBounds2D();
        g.setPaint(new LinearGradientPaint((float) b.getX(), (float) b.getMinY(), (float) b.getX(),
                (float) Math.max(b.getMaxY(), b.getMinY() + 1), new float[] {0f, 1f}, new Color[] {top, bottom}));
        g.fill(s);
    }

    /** Side lighting of a round body: shaded edges, a highlight left of centre. */
    static void cylinder(Graphics2D g, Shape s, Color base) {
        Rectangle2D b = s.getBounds2D();
        g.setPaint(new LinearGradientPaint((float) b.getMinX(), 0f, (float) Math.max(b.getMaxX(), b.getMinX() + 1), 0f,
                new float[] {0f, 0.3f, 0.62f, 1f},
                new Color[] {dark(base, 0.12), light(base, 0.22), base, dark(base, 0.2)}));
        g.fill(s);
    }

    /** A gradient from the middle of an ellipse-shaped area to its rim. */
    static void radial(Graphics2D g, Shape s, Color centre, Color edge) {
        Rectangle2D b = s.getBounds2D();
        AffineTransform t = new AffineTransform();
        t.translate(b.getCenterX(), b.getCenterY());
        t.scale(Math.max(b.getWidth(), 1) / 2, Math.max(b.getHeight(), 1) / 2);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(-0.25, -0.3),
                new float[] {0f, 1f}, new Color[] {centre, edge}, CycleMethod.NO_CYCLE, ColorSpaceType.SRGB, t));
        g.fill(s);
    }

    /** A blurred contact shadow on the ground. */
    static void shadow(Graphics2D g, double cx, double cy, double w, double h) {
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.scale(w / 2, h / 2);
        Color dark = new Color(0x5A4030);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(0, 0),
                new float[] {0f, 0.55f, 1f}, new Color[] {alpha(dark, 0.32), alpha(dark, 0.16), alpha(dark, 0)},
                CycleMethod.NO_CYCLE, ColorSpaceType.SRGB, t));
        g.fill(oval(cx, cy, w, h));
    }

    static void stroke(Graphics2D g, Shape s, Color c, double width) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
    }

    static Area minus(Shape a, Shape b) {
        Area area = new Area(a);
        area.subtract(new Area(b));
        return area;
    }

    static Area within(Shape a, Shape b) {
        Area area = new Area(a);
        area.intersect(new Area(b));
        return area;
    }

    /** A tapered side view (cup, glass) between two heights, with the front edges curving down. */
    static Shape taper(double cx, double top, double bottom, double wTop, double wBottom, double y1, double y2) {
        double sag = wTop * 0.07;
        Path2D p = new Path2D.Double();
        p.moveTo(cx - half(top, bottom, wTop, wBottom, y1), y1);
        p.lineTo(cx - half(top, bottom, wTop, wBottom, y2), y2);
        p.quadTo(cx, y2 + sag * 2, cx + half(top, bottom, wTop, wBottom, y2), y2);
        p.lineTo(cx + half(top, bottom, wTop, wBottom, y1), y1);
        p.quadTo(cx, y1 + sag * 2, cx - half(top, bottom, wTop, wBottom, y1), y1);
        p.closePath();
        return p;
    }

    static double half(double top, double bottom, double wTop, double wBottom, double y) {
        double t = (y - top) / (bottom - top);
        return (wTop + (wBottom - wTop) * t) / 2;
    }

    /** The near part of an ellipse's outline, for a crease under a rounded form. */
    static Shape frontEdge(Ellipse2D oval) {
        return new Arc2D.Double(oval.getBounds2D(), 200, 140, Arc2D.OPEN);
    }

    static Shape rotated(Shape s, double degrees, double cx, double cy) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), cx, cy).createTransformedShape(s);
    }

    static Shape roundBox(double cx, double cy, double w, double h, double r) {
        return new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, h, r, r);
    }
}

/** Lays down the soft disc every picture sits on, then hands the item to its painter. */
final class Studio {

    private static final Color WARM_WHITE = new Color(0xFFFAF2);

    private Studio() {
    }

    static BufferedImage paint(Look look) {
        BufferedImage image = new BufferedImage(MenuArt.SIZE, MenuArt.SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = Brush.open(image);
        Shape disc = Brush.oval(180, 180, 346, 346);
        Brush.vertical(g, disc, Brush.mix(look.accent(), WARM_WHITE, 0.88), Brush.mix(look.accent(), WARM_WHITE, 0.72));
        switch (look.form()) {
            case DEMITASSE -> Ware.mug(g, look, 0.8);
            case CUP -> Ware.mug(g, look, 0.92);
            case MUG -> Ware.mug(g, look, 1.06);
            case PAPER_CUP -> Ware.paperCup(g, look);
            case TEA_CUP -> Ware.teaCup(g, look);
            case ICED_CUP -> Glassware.icedCup(g, look);
            case SMOOTHIE -> Glassware.smoothie(g, look);
            case CAKE -> Bakery.cake(g, look);
            case CROISSANT -> Bakery.croissant(g, look);
            case SALT_BREAD -> Bakery.saltBread(g, look);
            case COOKIE -> Bakery.cookies(g, look);
            case MACARON -> Bakery.macarons(g, look);
        }
        g.dispose();
        return image;
    }
}

/** Ceramic and paper: mugs and demitasses on saucers, the glass tea cup, the take-out cup. */
final class Ware {

    static final Color CERAMIC = new Color(0xFFFDF9);
    static final Color CERAMIC_SHADE = new Color(0xE4D8CB);
    private static final double GROUND = 272;

    private Ware() {
    }

    static void mug(Graphics2D g, Look look, double s) {
        double cx = 172, w = 178 * s, h = 116 * s, e = w * 0.38, rim = GROUND - h;
        saucer(g, cx + 6, GROUND + 8, w * 1.55);
        handle(g, cx + w / 2, rim + h * 0.4, w, h);
        Brush.fill(g, body(cx, rim, w, h, e), CERAMIC_SHADE);
        ceramic(g, body(cx, rim, w, h, e));
        Brush.vertical(g, Brush.oval(cx, rim, w, e), CERAMIC, Brush.light(CERAMIC_SHADE, 0.4));
        Brush.fill(g, Brush.oval(cx, rim + 1.5 * s, w - 12 * s, e - 8 * s), CERAMIC_SHADE);
        Ellipse2D surface = Brush.oval(cx, rim + 4 * s, w - 20 * s, e - 14 * s);
        Toppings.surface(g, surface, look);
        if (look.has(Detail.WHIP)) {
            Toppings.whip(g, cx, rim, w * 0.9, look);
        } else if (look.has(Detail.STEAM)) {
            Toppings.steam(g, cx, rim - e * 0.7, s);
        }
    }

    static void paperCup(Graphics2D g, Look look) {
        double cx = 180, top = 112, bottom = 292, wTop = 150, wBottom = 108;
        Brush.shadow(g, cx, bottom + 6, wBottom * 1.7, 26);
        Shape body = Brush.taper(cx, top, bottom, wTop, wBottom, top, bottom);
        ceramic(g, body);
        Shape sleeve = Brush.taper(cx, top, bottom, wTop, wBottom, 150, 236);
        Brush.cylinder(g, sleeve, look.second());
        Brush.stroke(g, sleeve, Brush.alpha(Brush.dark(look.second(), 0.3), 0.5), 1.5);
        bean(g, cx - 4, 194, look.main());
        lid(g, cx, top, wTop);
        Toppings.steam(g, cx, top - 46, 0.76);
    }

    static void teaCup(Graphics2D g, Look look) {
        double cx = 176, rim = 168, w = 212, depth = 100, e = 52, level = rim + 14;
        saucer(g, cx + 4, rim + depth + 10, 300);
        Glassware.glassHandle(g, cx + w / 2 - 8, rim + depth * 0.38);
        Shape bowl = bowl(cx, rim, w, depth);
        Brush.fill(g, bowl, Brush.alpha(Brush.WHITE, 0.35));
        Shape tea = Brush.within(bowl, new Rectangle2D.Double(0, level, 360, 360));
        Brush.vertical(g, tea, Brush.alpha(Brush.light(look.main(), 0.12), 0.9),
                Brush.alpha(Brush.dark(look.main(), 0.2), 0.95));
        Ellipse2D surface = Brush.oval(cx, level, w - 8, e - 14);
        Brush.radial(g, surface, Brush.light(look.main(), 0.35), look.main());
        Garnish.onTea(g, look, surface, bowl);
        Glassware.glassFront(g, bowl, Brush.oval(cx, rim, w, e));
        if (look.has(Detail.TAG)) {
            Garnish.teaTag(g, cx - w * 0.28, level, cx - w / 2 - 16, rim + 74, look.accent());
        }
        Toppings.steam(g, cx - 6, rim - 40, 0.9);
    }

    static void saucer(Graphics2D g, double cx, double cy, double w) {
        double h = w * 0.23;
        Brush.shadow(g, cx, cy + h * 0.28, w * 1.04, h * 1.0);
        Brush.fill(g, Brush.oval(cx, cy + 5, w, h), Brush.dark(CERAMIC_SHADE, 0.1));
        Brush.vertical(g, Brush.oval(cx, cy, w, h), CERAMIC, CERAMIC_SHADE);
        Brush.vertical(g, Brush.oval(cx, cy - h * 0.04, w * 0.6, h * 0.52), CERAMIC_SHADE, CERAMIC);
    }

    static void ceramic(Graphics2D g, Shape s) {
        Rectangle2D b = s.getBounds2D();
        g.setPaint(new LinearGradientPaint((float) b.getMinX(), 0f, (float) b.getMaxX(), 0f,
                new float[] {0f, 0.32f, 0.65f, 1f},
                new Color[] {CERAMIC_SHADE, CERAMIC, Brush.light(CERAMIC_SHADE, 0.45), Brush.dark(CERAMIC_SHADE, 0.06)}));
        g.fill(s);
    }

    private static Shape body(double cx, double rim, double w, double h, double e) {
        double l = cx - w / 2, r = cx + w / 2, foot = w * 0.34;
        Path2D p = new Path2D.Double();
        p.moveTo(l, rim);
        p.curveTo(l, rim + h * 0.72, cx - foot - w * 0.06, rim + h, cx - foot, rim + h);
        p.quadTo(cx, rim + h + e * 0.42, cx + foot, rim + h);
        p.curveTo(cx + foot + w * 0.06, rim + h, r, rim + h * 0.72, r, rim);
        p.closePath();
        return p;
    }

    private static void handle(Graphics2D g, double x, double y, double w, double h) {
        Shape ring = Brush.minus(Brush.oval(x, y, w * 0.4, h * 0.6), Brush.oval(x, y, w * 0.2, h * 0.32));
        Shape outside = Brush.within(ring, new Rectangle2D.Double(x - w * 0.06, 0, 360, 360));
        Brush.fill(g, outside, Brush.dark(CERAMIC_SHADE, 0.08));
        ceramic(g, AffineTransform.getTranslateInstance(-2, -2).createTransformedShape(outside));
    }

    private static Shape bowl(double cx, double rim, double w, double depth) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx - w / 2, rim);
        p.curveTo(cx - w / 2, rim + depth * 0.78, cx - w * 0.3, rim + depth, cx - w * 0.2, rim + depth);
        p.lineTo(cx + w * 0.2, rim + depth);
        p.curveTo(cx + w * 0.3, rim + depth, cx + w / 2, rim + depth * 0.78, cx + w / 2, rim);
        p.closePath();
        return p;
    }

    private static void lid(Graphics2D g, double cx, double top, double wTop) {
        Color lid = new Color(0xF6F1EA);
        Path2D dome = new Path2D.Double();
        dome.moveTo(cx - wTop * 0.47, top - 6);
        dome.curveTo(cx - wTop * 0.45, top - 30, cx - wTop * 0.42, top - 36, cx - wTop * 0.34, top - 36);
        dome.lineTo(cx + wTop * 0.34, top - 36);
        dome.curveTo(cx + wTop * 0.42, top - 36, cx + wTop * 0.45, top - 30, cx + wTop * 0.47, top - 6);
        dome.closePath();
        Brush.cylinder(g, dome, lid);
        Brush.vertical(g, Brush.oval(cx, top - 36, wTop * 0.68, 16), Brush.WHITE, lid);
        Brush.fill(g, Brush.roundBox(cx - 24, top - 36, 26, 7, 7), Brush.dark(lid, 0.45));
        Shape band = Brush.roundBox(cx, top - 2, wTop + 16, 20, 14);
        Brush.cylinder(g, band, Brush.dark(lid, 0.02));
        Brush.stroke(g, band, Brush.alpha(Brush.INK, 0.12), 1.2);
    }

    private static void bean(Graphics2D g, double cx, double cy, Color coffee) {
        Brush.fill(g, Brush.oval(cx, cy, 46, 46), Brush.light(coffee, 0.9));
        Shape bean = Brush.rotated(Brush.oval(cx, cy, 20, 28), 28, cx, cy);
        Brush.fill(g, bean, coffee);
        Path2D crease = new Path2D.Double();
        crease.moveTo(cx - 3, cy - 12);
        crease.curveTo(cx + 6, cy - 4, cx - 6, cy + 4, cx + 3, cy + 12);
        Brush.stroke(g, crease, Brush.light(coffee, 0.85), 2.2);
    }
}

/** What sits on or rises from a drink: latte art, crema, crumbs, whipped cream, drizzle, steam. */
final class Toppings {

    private static final Color CREAM = new Color(0xFFFCF6);
    private static final Color CREAM_SHADE = new Color(0xEBDFCD);

    private Toppings() {
    }

    /** The drink's top seen from above; art is drawn in a unit circle squashed to the ellipse. */
    static void surface(Graphics2D g, Ellipse2D s, Look look) {
        Brush.radial(g, s, Brush.light(look.main(), 0.14), Brush.dark(look.main(), 0.2));
        if (look.has(Detail.CREMA)) {
            crema(g, s, look);
        }
        if (look.has(Detail.HEART)) {
            foam(g, s, heart(), look.second());
        }
        if (look.has(Detail.ROSETTA)) {
            foam(g, s, rosetta(), look.second());
        }
        if (look.has(Detail.TULIP)) {
            foam(g, s, tulip(), look.second());
        }
        if (look.has(Detail.CRUMBS)) {
            crumbs(g, s, look);
        }
        Shape halo = Brush.minus(s, Brush.oval(s.getCenterX(), s.getCenterY() + 1, s.getWidth() - 6, s.getHeight() - 4));
        Brush.fill(g, halo, Brush.alpha(Brush.dark(look.main(), 0.3), 0.35));
    }

    static void whip(Graphics2D g, double cx, double base, double w, Look look) {
        double[][] puffs = {{0, 0, 1.0, 0.34}, {-0.05, -0.19, 0.8, 0.32}, {0.04, -0.36, 0.58, 0.28},
            {0.07, -0.5, 0.32, 0.22}};
        for (double[] p : puffs) {
            Ellipse2D puff = Brush.oval(cx + p[0] * w, base + p[1] * w, p[2] * w, p[3] * w);
            Brush.vertical(g, puff, CREAM, CREAM_SHADE);
            Brush.stroke(g, Brush.frontEdge(puff), Brush.alpha(CREAM_SHADE, 0.9), w * 0.02);
        }
        if (look.has(Detail.DRIZZLE)) {
            drizzle(g, cx, base - w * 0.22, w * 0.62, w * 0.26, look);
        }
        if (look.has(Detail.COCOA)) {
            cocoa(g, Brush.oval(cx, base - w * 0.3, w * 0.7, w * 0.4), look);
        }
    }

    /** A zig-zag of syrup over an area centred on (cx, cy). */
    static void drizzle(Graphics2D g, double cx, double cy, double w, double h, Look look) {
        Path2D p = new Path2D.Double();
        int turns = 5;
        p.moveTo(cx - w / 2, cy - h / 2);
        for (int i = 1; i <= turns; i++) {
            double x = cx - w / 2 + w * i / turns;
            double y = i % 2 == 0 ? cy - h / 2 + h * 0.1 * i : cy + h / 2 - h * 0.05 * i;
            p.quadTo(x - w / turns / 2, i % 2 == 0 ? y - h * 0.2 : y + h * 0.2, x, y);
        }
        Brush.stroke(g, p, Brush.dark(look.accent(), 0.32), Math.max(4, w * 0.045));
    }

    static void cocoa(Graphics2D g, Shape area, Look look) {
        Random random = look.random();
        Rectangle2D b = area.getBounds2D();
        g.setColor(Brush.alpha(Brush.dark(look.accent(), 0.3), 0.55));
        for (int i = 0; i < 46; i++) {
            double x = b.getX() + random.nextDouble() * b.getWidth();
            double y = b.getY() + random.nextDouble() * b.getHeight();
            if (area.contains(x, y)) {
                g.fill(Brush.oval(x, y, 2.4, 2.4));
            }
        }
    }

    static void steam(Graphics2D g, double cx, double y, double s) {
        double[][] wisps = {{-28, 46}, {0, 64}, {28, 50}};
        for (double[] w : wisps) {
            double x = cx + w[0] * s;
            double h = w[1] * s;
            Path2D p = new Path2D.Double();
            p.moveTo(x, y);
            p.curveTo(x - 13 * s, y - h * 0.33, x + 13 * s, y - h * 0.62, x, y - h);
            Brush.stroke(g, p, Brush.alpha(Brush.WHITE, 0.85), 7 * s);
        }
    }

    private static void crema(Graphics2D g, Ellipse2D s, Look look) {
        Shape inner = Brush.oval(s.getCenterX(), s.getCenterY(), s.getWidth() - 8, s.getHeight() - 5);
        Brush.radial(g, inner, Brush.light(look.second(), 0.4), Brush.dark(look.second(), 0.32));
        Shape glow = Brush.oval(s.getCenterX() - s.getWidth() * 0.1, s.getCenterY() - s.getHeight() * 0.08,
                s.getWidth() * 0.42, s.getHeight() * 0.36);
        Brush.fill(g, glow, Brush.alpha(Brush.light(look.second(), 0.6), 0.45));
    }

    private static void foam(Graphics2D g, Ellipse2D s, Shape unit, Color foam) {
        AffineTransform t = new AffineTransform();
        t.translate(s.getCenterX(), s.getCenterY());
        t.scale(s.getWidth() / 2, s.getHeight() / 2);
        Brush.vertical(g, Brush.within(t.createTransformedShape(unit), s), foam, Brush.mix(foam, CREAM_SHADE, 0.5));
    }

    private static Shape heart() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, 0.7);
        p.curveTo(-0.5, 0.32, -0.78, -0.02, -0.56, -0.36);
        p.curveTo(-0.38, -0.62, -0.08, -0.56, 0, -0.28);
        p.curveTo(0.08, -0.56, 0.38, -0.62, 0.56, -0.36);
        p.curveTo(0.78, -0.02, 0.5, 0.32, 0, 0.7);
        p.closePath();
        return p;
    }

    private static Shape rosetta() {
        Area a = new Area();
        for (int i = 0; i < 6; i++) {
            double y = 0.52 - i * 0.18;
            double w = 1.4 - i * 0.19;
            a.add(new Area(Brush.minus(Brush.oval(0, y, w, 0.34), Brush.oval(0, y - 0.1, w * 0.86, 0.28))));
        }
        a.add(new Area(Brush.oval(0, -0.52, 0.26, 0.2)));
        a.add(new Area(new Rectangle2D.Double(-0.025, -0.5, 0.05, 1.25)));
        return a;
    }

    private static Shape tulip() {
        Area a = new Area();
        double[][] parts = {{0.4, 1.2, 0.56}, {0.08, 0.92, 0.44}, {-0.2, 0.66, 0.34}};
        for (double[] p : parts) {
            a.add(new Area(Brush.minus(Brush.oval(0, p[0], p[1], p[2]), Brush.oval(0, p[0] - p[2] * 0.34, p[1] * 0.78, p[2] * 0.7))));
        }
        a.add(new Area(Brush.oval(0, -0.46, 0.42, 0.3)));
        a.add(new Area(new Rectangle2D.Double(-0.025, -0.46, 0.05, 1.2)));
        return a;
    }

    private static void crumbs(Graphics2D g, Ellipse2D s, Look look) {
        Ellipse2D foam = Brush.oval(s.getCenterX(), s.getCenterY(), s.getWidth() * 0.78, s.getHeight() * 0.72);
        Brush.radial(g, foam, look.second(), Brush.mix(look.second(), look.main(), 0.35));
        Random random = look.random();
        Color[] bits = {look.accent(), Brush.light(look.accent(), 0.3), Brush.dark(look.accent(), 0.15)};
        for (int i = 0; i < 18; i++) {
            double a = random.nextDouble() * Math.PI * 2;
            double r = Math.sqrt(random.nextDouble()) * 0.62;
            double x = foam.getCenterX() + Math.cos(a) * r * foam.getWidth() / 2;
            double y = foam.getCenterY() + Math.sin(a) * r * foam.getHeight() / 2;
            Brush.fill(g, Brush.rotated(Brush.roundBox(x, y, 9, 7, 5), random.nextInt(90), x, y), bits[i % bits.length]);
        }
    }
}

/** Clear vessels: the iced cup with ice and straw, the smoothie glass; the glass edges shared with the tea cup. */
final class Glassware {

    private static final double[][] ICE = {{-40, 10, -14}, {30, -2, 16}, {-4, 46, 8}, {36, 74, -10},
        {-36, 98, 22}, {6, 132, -6}};

    private Glassware() {
    }

    static void icedCup(Graphics2D g, Look look) {
        double cx = 176, top = 100, bottom = 296, wTop = 168, wBottom = 120;
        double level = look.has(Detail.CREAM_CAP) ? top + 12 : top + 36;
        Brush.shadow(g, cx, bottom + 6, wBottom * 1.8, 26);
        Shape cup = Brush.taper(cx, top, bottom, wTop, wBottom, top, bottom);
        Brush.fill(g, cup, Brush.alpha(Brush.WHITE, 0.38));
        Shape straw = straw(cx + 14, bottom - 26, cx + 60, top - 74, 14);
        if (look.has(Detail.STRAW)) {
            Brush.fill(g, straw, Brush.dark(look.accent(), 0.1));
        }
        layers(g, Brush.taper(cx, top, bottom, wTop, wBottom, level, bottom), look, level, bottom);
        if (look.has(Detail.FRUIT_BITS)) {
            Garnish.fruitBits(g, look, cx, level + (bottom - level) * 0.62, bottom - 14);
        }
        double halfAtLevel = Brush.half(top, bottom, wTop, wBottom, level);
        Ellipse2D surface = Brush.oval(cx, level, halfAtLevel * 2, 22);
        Brush.radial(g, surface, Brush.light(look.second(), 0.25), look.second());
        Brush.stroke(g, surface, Brush.alpha(Brush.dark(look.second(), 0.3), 0.45), 1.6);
        inDrink(g, look, cup, cx, level, halfAtLevel);
        Ellipse2D rim = Brush.oval(cx, top, wTop, 24);
        if (look.has(Detail.CREAM_CAP)) {
            Brush.vertical(g, Brush.oval(cx, top - 4, wTop * 0.9, 44), Brush.light(look.second(), 0.8), look.second());
            Toppings.cocoa(g, Brush.oval(cx, top - 8, wTop * 0.6, 26), look);
        }
        if (look.has(Detail.WHIP)) {
            glassFront(g, cup, rim);
            Toppings.whip(g, cx, top, wTop * 0.8, look);
            strawAbove(g, straw, top - 40, look.accent());
        } else {
            if (look.has(Detail.STRAW)) {
                strawAbove(g, straw, level, look.accent());
            }
            glassFront(g, cup, rim);
        }
        Garnish.onRim(g, look, cx + wTop * 0.36, top + 4);
    }

    /** Ice, bubbles and syrup, drawn over the liquid and under the glass's front. */
    private static void inDrink(Graphics2D g, Look look, Shape cup, double cx, double level, double halfAtLevel) {
        if (look.has(Detail.ICE)) {
            ice(g, cx, level);
        }
        if (look.has(Detail.BUBBLES)) {
            bubbles(g, look, cup, level + 20);
        }
        if (look.has(Detail.DRIZZLE) && !look.has(Detail.WHIP)) {
            Toppings.drizzle(g, cx, level, halfAtLevel * 1.3, 14, look);
        }
    }

    static void smoothie(Graphics2D g, Look look) {
        double cx = 180, rim = 126, w = 164, bowlBottom = 258, foot = 296;
        Brush.shadow(g, cx, foot + 4, 170, 24);
        Shape stem = Brush.roundBox(cx, (bowlBottom + foot) / 2, 24, foot - bowlBottom, 10);
        Shape base = Brush.oval(cx, foot - 4, 118, 22);
        for (Shape part : List.of(stem, base)) {
            Brush.fill(g, part, Brush.alpha(Brush.WHITE, 0.6));
            Brush.stroke(g, part, Brush.alpha(Brush.WHITE, 0.95), 2.5);
        }
        Shape bowl = tulip(cx, rim, w, bowlBottom);
        Shape straw = straw(cx + 10, bowlBottom - 30, cx + 58, rim - 96, 18);
        Brush.fill(g, straw, Brush.dark(look.accent(), 0.1));
        Brush.vertical(g, bowl, Brush.light(look.main(), 0.1), Brush.dark(look.main(), 0.12));
        Garnish.speckles(g, look, bowl);
        Ellipse2D surface = Brush.oval(cx, rim, w - 6, 30);
        Brush.radial(g, surface, Brush.light(look.main(), 0.28), look.main());
        strawAbove(g, straw, rim - 20, look.accent());
        glassFront(g, bowl, Brush.oval(cx, rim, w, 30));
        Garnish.onSmoothie(g, look, cx, rim, w);
    }

    static void glassHandle(Graphics2D g, double x, double y) {
        Shape ring = Brush.minus(Brush.oval(x, y, 64, 72), Brush.oval(x, y, 36, 44));
        Shape outside = Brush.within(ring, new Rectangle2D.Double(x - 2, 0, 360, 360));
        Brush.fill(g, outside, Brush.alpha(Brush.WHITE, 0.5));
        Brush.stroke(g, outside, Brush.alpha(Brush.WHITE, 0.95), 2.5);
    }

    /** Glints and edges drawn over whatever is inside, so the vessel reads as glass. */
    static void glassFront(Graphics2D g, Shape vessel, Ellipse2D rim) {
        Rectangle2D b = vessel.getBounds2D();
        Shape glint = Brush.within(vessel, Brush.roundBox(b.getMinX() + 20, b.getCenterY() + 6, 11, b.getHeight() * 0.66, 11));
        Brush.fill(g, glint, Brush.alpha(Brush.WHITE, 0.42));
        Shape thin = Brush.within(vessel, Brush.roundBox(b.getMinX() + 36, b.getCenterY() - 8, 4, b.getHeight() * 0.4, 4));
        Brush.fill(g, thin, Brush.alpha(Brush.WHITE, 0.35));
        Brush.stroke(g, vessel, Brush.alpha(Brush.INK, 0.14), 4.5);
        Brush.stroke(g, vessel, Brush.alpha(Brush.WHITE, 0.95), 2.5);
        Brush.stroke(g, rim, Brush.alpha(Brush.WHITE, 0.95), 3);
    }

    private static void layers(Graphics2D g, Shape liquid, Look look, double level, double bottom) {
        double split = look.has(Detail.CREAM_CAP) ? 0.3 : 0.36;
        double blend = look.has(Detail.CREAM_CAP) ? 0.03 : 0.2;
        double opacity = look.has(Detail.BUBBLES) ? 0.85 : 0.96;
        g.setPaint(new LinearGradientPaint(0f, (float) level, 0f, (float) bottom,
                new float[] {0f, (float) split, (float) (split + blend), 1f},
                new Color[] {Brush.alpha(look.second(), opacity), Brush.alpha(look.second(), opacity),
                    Brush.alpha(look.main(), opacity), Brush.alpha(Brush.dark(look.main(), 0.12), opacity)}));
        g.fill(liquid);
    }

    private static void ice(Graphics2D g, double cx, double level) {
        for (double[] c : ICE) {
            double x = cx + c[0];
            double y = level + c[1];
            Shape cube = Brush.rotated(Brush.roundBox(x, y, 40, 38, 12), c[2], x, y);
            Brush.fill(g, cube, Brush.alpha(Brush.WHITE, 0.36));
            Brush.stroke(g, cube, Brush.alpha(Brush.WHITE, 0.85), 2.5);
            Brush.fill(g, Brush.rotated(Brush.roundBox(x - 8, y - 8, 14, 6, 6), c[2], x, y), Brush.alpha(Brush.WHITE, 0.8));
        }
    }

    private static void bubbles(Graphics2D g, Look look, Shape cup, double from) {
        Random random = look.random();
        Rectangle2D b = cup.getBounds2D();
        for (int placed = 0; placed < 16; ) {
            double x = b.getX() + 16 + random.nextDouble() * (b.getWidth() - 32);
            double y = from + random.nextDouble() * (b.getMaxY() - from - 16);
            if (cup.contains(x, y)) {
                double r = 3 + random.nextDouble() * 4;
                Brush.fill(g, Brush.oval(x, y, r * 2, r * 2), Brush.alpha(Brush.WHITE, 0.25));
                Brush.stroke(g, Brush.oval(x, y, r * 2, r * 2), Brush.alpha(Brush.WHITE, 0.85), 1.6);
                placed++;
            }
        }
    }

    private static Shape straw(double x1, double y1, double x2, double y2, double width) {
        Path2D line = new Path2D.Double();
        line.moveTo(x1, y1);
        line.lineTo(x2, y2);
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND).createStrokedShape(line);
    }

    private static void strawAbove(Graphics2D g, Shape straw, double level, Color colour) {
        Shape above = Brush.within(straw, new Rectangle2D.Double(0, 0, 360, level));
        Brush.cylinder(g, above, colour);
        Rectangle2D b = above.getBounds2D();
        Brush.fill(g, Brush.within(above, new Rectangle2D.Double(0, b.getMinY(), 360, 6)), Brush.dark(colour, 0.25));
    }

    private static Shape tulip(double cx, double rim, double w, double bottom) {
        double h = bottom - rim;
        Path2D p = new Path2D.Double();
        p.moveTo(cx - w / 2, rim);
        p.curveTo(cx - w / 2 - 6, rim + h * 0.5, cx - w * 0.2, rim + h * 0.72, cx - w * 0.15, bottom);
        p.quadTo(cx, bottom + 10, cx + w * 0.15, bottom);
        p.curveTo(cx + w * 0.2, rim + h * 0.72, cx + w / 2 + 6, rim + h * 0.5, cx + w / 2, rim);
        p.closePath();
        return p;
    }
}

/** Fruit, leaves, flowers and tags: the small things that tell one drink from the next. */
final class Garnish {

    private static final Color LEAF = new Color(0x4FA65A);
    private static final Color PITH = new Color(0xFFF7E4);

    private Garnish() {
    }

    static void onRim(Graphics2D g, Look look, double x, double y) {
        if (look.has(Detail.LEMON)) {
            citrusWheel(g, x, y, 40, new Color(0xF0C419), new Color(0xFBE46C));
        }
        if (look.has(Detail.GRAPEFRUIT)) {
            citrusWheel(g, x, y, 40, new Color(0xF08A4B), new Color(0xF2646A));
        }
        if (look.has(Detail.GRAPES)) {
            grapes(g, x, y - 6);
        }
    }

    static void onTea(Graphics2D g, Look look, Ellipse2D surface, Shape bowl) {
        double cx = surface.getCenterX();
        double cy = surface.getCenterY();
        if (look.has(Detail.FLOWER)) {
            flower(g, cx - 34, cy + 1, 30);
            flower(g, cx + 30, cy - 3, 24);
        }
        if (look.has(Detail.MINT)) {
            leaf(g, cx - 20, cy, 62, -16);
            leaf(g, cx + 26, cy - 2, 52, 24);
        }
        if (look.has(Detail.PEEL)) {
            peel(g, look, bowl, cy - 8);
        }
        if (look.has(Detail.GRAPEFRUIT)) {
            citrusWheel(g, surface.getMaxX() - 34, surface.getMinY() - 6, 40, new Color(0xF08A4B), new Color(0xF2646A));
        }
    }

    static void onSmoothie(Graphics2D g, Look look, double cx, double rim, double w) {
        if (look.has(Detail.WHIP)) {
            Toppings.whip(g, cx, rim, w * 0.9, look);
        }
        if (look.has(Detail.STRAWBERRY)) {
            strawberry(g, cx + 4, rim - w * 0.5, 54, 8);
        }
        if (look.has(Detail.MANGO)) {
            double[][] cubes = {{-40, -6}, {36, -4}, {-2, -10}, {-20, -34}, {20, -32}, {2, -56}};
            for (double[] c : cubes) {
                mangoCube(g, cx + c[0], rim + c[1]);
            }
            leaf(g, cx + 34, rim - 46, 46, -38);
        }
        if (look.has(Detail.BLUEBERRY)) {
            Toppings.whip(g, cx, rim, w * 0.66, look);
            double[][] berries = {{-26, -26}, {8, -46}, {26, -16}, {-4, -10}, {-12, -60}};
            for (double[] b : berries) {
                blueberry(g, cx + b[0], rim + b[1], 24);
            }
        }
    }

    static void teaTag(Graphics2D g, double fromX, double fromY, double x, double y, Color colour) {
        Path2D thread = new Path2D.Double();
        thread.moveTo(fromX, fromY);
        thread.curveTo(fromX - 26, fromY - 44, x + 12, fromY - 40, x + 2, y - 24);
        Brush.stroke(g, thread, Brush.alpha(Brush.INK, 0.25), 4);
        Brush.stroke(g, thread, new Color(0xF6EFE4), 2.4);
        Shape tag = Brush.rotated(Brush.roundBox(x, y + 4, 46, 54, 9), -8, x, y);
        Brush.vertical(g, tag, Brush.light(colour, 0.1), Brush.dark(colour, 0.14));
        Brush.stroke(g, Brush.rotated(Brush.roundBox(x, y + 4, 34, 42, 6), -8, x, y), Brush.alpha(Brush.WHITE, 0.8), 2);
        Brush.fill(g, Brush.rotated(Brush.oval(x, y + 6, 13, 22), 30, x, y + 6), Brush.alpha(Brush.WHITE, 0.92));
        Brush.fill(g, Brush.oval(x, y - 22, 7, 7), new Color(0xF6EFE4));
    }

    static void fruitBits(Graphics2D g, Look look, double cx, double from, double to) {
        Random random = look.random();
        for (int i = 0; i < 10; i++) {
            double x = cx - 40 + random.nextDouble() * 80;
            double y = from + random.nextDouble() * (to - from);
            Shape bit = Brush.rotated(Brush.roundBox(x, y, 24, 16, 10), random.nextInt(180), x, y);
            Brush.radial(g, bit, new Color(0xE0344D), new Color(0xA51C33));
            Brush.fill(g, Brush.oval(x - 3, y - 2, 4, 3), new Color(0xFBD9A0));
        }
    }

    /** Seeds, flecks or a yogurt swirl inside a smoothie. */
    static void speckles(Graphics2D g, Look look, Shape bowl) {
        Random random = look.random();
        Rectangle2D b = bowl.getBounds2D();
        if (look.has(Detail.SWIRL)) {
            for (double y : new double[] {b.getMinY() + 40, b.getMinY() + 86}) {
                Path2D wave = new Path2D.Double();
                wave.moveTo(b.getMinX(), y);
                wave.curveTo(b.getMinX() + 50, y - 26, b.getMaxX() - 60, y + 30, b.getMaxX(), y - 4);
                Shape band = new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(wave);
                Brush.fill(g, Brush.within(band, bowl), Brush.alpha(look.second(), 0.85));
            }
        }
        Color fleck = look.has(Detail.MANGO) ? Brush.light(look.main(), 0.4) : Brush.dark(look.main(), 0.35);
        for (int placed = 0; placed < 60; ) {
            double x = b.getX() + random.nextDouble() * b.getWidth();
            double y = b.getY() + 20 + random.nextDouble() * (b.getHeight() - 20);
            if (bowl.contains(x, y)) {
                Brush.fill(g, Brush.oval(x, y, 3.2, 2.4), Brush.alpha(fleck, 0.7));
                placed++;
            }
        }
    }

    static void citrusWheel(Graphics2D g, double cx, double cy, double r, Color rind, Color flesh) {
        Brush.fill(g, Brush.oval(cx + 2, cy + 3, r * 2, r * 2), Brush.alpha(Brush.INK, 0.15));
        Brush.fill(g, Brush.oval(cx, cy, r * 2, r * 2), rind);
        Brush.fill(g, Brush.oval(cx, cy, r * 1.78, r * 1.78), PITH);
        Brush.radial(g, Brush.oval(cx, cy, r * 1.6, r * 1.6), Brush.light(flesh, 0.35), flesh);
        g.setColor(PITH);
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 10; i++) {
            double a = Math.PI * 2 * i / 10;
            g.draw(new Line2D.Double(cx, cy, cx + Math.cos(a) * r * 0.8, cy + Math.sin(a) * r * 0.8));
        }
        Brush.fill(g, Brush.oval(cx, cy, r * 0.18, r * 0.18), PITH);
    }

    static void strawberry(Graphics2D g, double x, double y, double size, double degrees) {
        Path2D body = new Path2D.Double();
        body.moveTo(0, 0.6);
        body.curveTo(-0.46, 0.42, -0.58, -0.22, -0.34, -0.4);
        body.curveTo(-0.14, -0.52, 0.14, -0.52, 0.34, -0.4);
        body.curveTo(0.58, -0.22, 0.46, 0.42, 0, 0.6);
        body.closePath();
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.rotate(Math.toRadians(degrees));
        t.scale(size, size);
        Brush.radial(g, t.createTransformedShape(body), new Color(0xF4566B), new Color(0xB81D35));
        for (double[] seed : new double[][] {{-0.2, -0.15}, {0.12, -0.2}, {-0.02, 0.08}, {0.24, 0.06}, {-0.22, 0.14},
            {0.06, 0.32}, {-0.1, 0.3}, {0.28, -0.2}}) {
            Point2D p = t.transform(new Point2D.Double(seed[0], seed[1]), null);
            Brush.fill(g, Brush.oval(p.getX(), p.getY(), size * 0.05, size * 0.07), new Color(0xFBE7A1));
        }
        Path2D calyx = new Path2D.Double();
        calyx.moveTo(-0.36, -0.42);
        calyx.lineTo(-0.16, -0.6);
        calyx.lineTo(0, -0.44);
        calyx.lineTo(0.16, -0.6);
        calyx.lineTo(0.36, -0.42);
        calyx.quadTo(0, -0.3, -0.36, -0.42);
        Brush.fill(g, t.createTransformedShape(calyx), LEAF);
    }

    static void leaf(Graphics2D g, double x, double y, double length, double degrees) {
        Path2D p = new Path2D.Double();
        p.moveTo(-length / 2, 0);
        p.quadTo(0, -length * 0.34, length / 2, 0);
        p.quadTo(0, length * 0.34, -length / 2, 0);
        Shape leaf = Brush.rotated(AffineTransform.getTranslateInstance(x, y).createTransformedShape(p), degrees, x, y);
        Brush.vertical(g, leaf, Brush.light(LEAF, 0.15), Brush.dark(LEAF, 0.15));
        Path2D vein = new Path2D.Double();
        vein.moveTo(x - length * 0.42, y);
        vein.lineTo(x + length * 0.4, y);
        Brush.stroke(g, Brush.rotated(vein, degrees, x, y), Brush.light(LEAF, 0.45), 1.6);
    }

    private static void grapes(Graphics2D g, double x, double y) {
        Brush.stroke(g, new Line2D.Double(x + 2, y - 30, x - 4, y - 8), new Color(0x7A5A30), 4);
        leaf(g, x + 22, y - 22, 36, -30);
        double[][] berries = {{-18, 0}, {2, -2}, {22, 2}, {-8, 18}, {12, 18}, {2, 36}, {-16, 34}};
        for (double[] b : berries) {
            Ellipse2D grape = Brush.oval(x + b[0], y + b[1], 24, 24);
            Brush.radial(g, grape, new Color(0xD8EE8A), new Color(0x8DB83A));
            Brush.stroke(g, grape, Brush.alpha(new Color(0x5E7F22), 0.4), 1.2);
        }
    }

    private static void flower(Graphics2D g, double x, double y, double r) {
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(r, r * 0.5);
        for (int i = 0; i < 12; i++) {
            Shape petal = Brush.rotated(Brush.oval(0, -0.6, 0.3, 0.62), i * 30, 0, 0);
            Brush.fill(g, t.createTransformedShape(petal), new Color(0xFFFDF7));
        }
        Brush.radial(g, t.createTransformedShape(Brush.oval(0, 0, 0.62, 0.62)), new Color(0xFFD84A), new Color(0xE6A81E));
    }

    private static void peel(Graphics2D g, Look look, Shape bowl, double from) {
        Random random = look.random();
        Rectangle2D b = bowl.getBounds2D();
        for (int placed = 0; placed < 22; ) {
            double x = b.getX() + random.nextDouble() * b.getWidth();
            double y = from + random.nextDouble() * (b.getMaxY() - from);
            if (bowl.contains(x, y) && bowl.contains(x + 12, y) && bowl.contains(x - 12, y)) {
                Shape strip = Brush.rotated(Brush.roundBox(x, y, 24, 6, 6), random.nextInt(180), x, y);
                Brush.fill(g, strip, placed % 3 == 0 ? new Color(0xFFD25A) : new Color(0xE98A12));
                placed++;
            }
        }
    }

    private static void mangoCube(Graphics2D g, double x, double y) {
        Shape cube = Brush.rotated(Brush.roundBox(x, y, 36, 32, 9), 8, x, y);
        Brush.vertical(g, cube, new Color(0xFFCB45), new Color(0xE8901B));
        Brush.fill(g, Brush.rotated(Brush.roundBox(x - 4, y - 8, 22, 8, 8), 8, x, y), Brush.alpha(Brush.WHITE, 0.35));
    }

    private static void blueberry(Graphics2D g, double x, double y, double d) {
        Ellipse2D berry = Brush.oval(x, y, d, d);
        Brush.radial(g, berry, new Color(0x6A78C2), new Color(0x2C3468));
        Brush.fill(g, Brush.oval(x + d * 0.08, y - d * 0.22, d * 0.3, d * 0.18), new Color(0x1E2348));
    }
}

/** Desserts on a plate: a cake slice in three flavours, croissant, salt bread, cookies, macarons. */
final class Bakery {

    private static final Color CREAM = new Color(0xFFF9F1);

    private Bakery() {
    }

    static void cake(Graphics2D g, Look look) {
        Ware.saucer(g, 180, 268, 310);
        Point2D tip = new Point2D.Double(70, 196);
        Point2D back = new Point2D.Double(196, 134);
        Point2D right = new Point2D.Double(294, 170);
        double h = 88;
        for (double[] band : bands(look)) {
            Color c = band[2] == 0 ? look.main() : band[2] == 1 ? look.second() : new Color((int) band[2]);
            Shape face = quad(tip, right, band[0] * h, band[1] * h);
            Brush.vertical(g, face, Brush.light(c, 0.04), Brush.dark(c, 0.1));
        }
        if (look.has(Detail.STRAWBERRY)) {
            slices(g, tip, right, 0.5 * h);
        }
        Path2D top = new Path2D.Double();
        top.moveTo(tip.getX(), tip.getY());
        top.lineTo(back.getX(), back.getY());
        top.quadTo(262, 128, right.getX(), right.getY());
        top.closePath();
        Color topColour = look.has(Detail.STRAWBERRY) ? CREAM : look.second();
        Brush.radial(g, top, Brush.light(topColour, 0.2), Brush.dark(topColour, 0.06));
        Brush.stroke(g, top, Brush.alpha(Brush.WHITE, 0.35), 2);
        if (look.has(Detail.SHAVINGS)) {
            shavings(g, look);
        }
        if (look.has(Detail.STRAWBERRY)) {
            Toppings.whip(g, 232, 152, 70, look);
            Garnish.strawberry(g, 204, 140, 58, -16);
        }
    }

    static void croissant(Graphics2D g, Look look) {
        Ware.saucer(g, 180, 264, 310);
        double[][] segments = {{-74, 52, 36}, {74, 52, 36}, {-50, 82, 62}, {50, 82, 62}, {-25, 104, 80}, {25, 104, 80},
            {0, 118, 94}};
        for (double[] seg : segments) {
            double a = Math.toRadians(seg[0]);
            double x = 180 + 122 * Math.sin(a);
            double y = 184 + 90 * (1 - Math.cos(a));
            Shape shape = Brush.rotated(lens(x, y, seg[2], seg[1]), seg[0] * 1.1, x, y);
            Brush.vertical(g, shape, Brush.dark(look.main(), 0.06), Brush.mix(look.main(), look.second(), 0.55));
            Brush.stroke(g, shape, Brush.alpha(Brush.light(look.main(), 0.55), 0.9), 3);
            Shape glint = Brush.oval(x - seg[2] * 0.08, y - seg[1] * 0.2, seg[2] * 0.34, seg[1] * 0.3);
            Brush.fill(g, Brush.rotated(glint, seg[0] * 1.1, x, y), Brush.alpha(Brush.WHITE, 0.28));
        }
    }

    static void saltBread(Graphics2D g, Look look) {
        Ware.saucer(g, 180, 264, 310);
        Area bread = new Area(Brush.oval(180, 204, 176, 120));
        bread.add(new Area(Brush.oval(108, 222, 124, 90)));
        bread.add(new Area(Brush.oval(252, 222, 124, 90)));
        bread.intersect(new Area(new Rectangle2D.Double(0, 0, 360, 258)));
        Brush.vertical(g, bread, Brush.light(look.main(), 0.2), Brush.dark(look.main(), 0.14));
        for (int side = -1; side <= 1; side += 2) {
            double x = 180 + side * 56;
            Path2D seam = new Path2D.Double();
            seam.moveTo(x + side * 10, 166);
            seam.quadTo(x - side * 16, 208, x + side * 6, 254);
            Brush.stroke(g, seam, Brush.alpha(look.second(), 0.6), 3.4);
            Brush.stroke(g, AffineTransform.getTranslateInstance(-side * 5, 0).createTransformedShape(seam),
                    Brush.alpha(Brush.WHITE, 0.25), 2);
        }
        Brush.fill(g, Brush.oval(150, 170, 80, 22), Brush.alpha(Brush.WHITE, 0.32));
        Shape base = Brush.within(bread, new Rectangle2D.Double(0, 240, 360, 30));
        Brush.vertical(g, base, Brush.dark(look.main(), 0.08), look.second());
        Random random = look.random();
        for (int i = 0; i < 16; i++) {
            double x = 126 + random.nextDouble() * 108;
            double y = 160 + random.nextDouble() * 34;
            Shape flake = Brush.rotated(Brush.roundBox(x, y, 9, 7, 2), random.nextInt(90), x, y);
            Brush.fill(g, flake, Brush.alpha(Brush.WHITE, 0.96));
        }
    }

    static void cookies(Graphics2D g, Look look) {
        Ware.saucer(g, 180, 266, 310);
        Random random = look.random();
        Ellipse2D standing = Brush.oval(214, 168, 178, 178);
        Brush.fill(g, Brush.oval(222, 172, 178, 178), Brush.dark(look.main(), 0.3));
        cookieFace(g, look, standing, random);
        Ellipse2D lying = Brush.oval(138, 240, 176, 78);
        Brush.fill(g, Brush.oval(138, 252, 176, 78), Brush.dark(look.main(), 0.3));
        cookieFace(g, look, lying, random);
    }

    static void macarons(Graphics2D g, Look look) {
        Ware.saucer(g, 180, 276, 290);
        macaron(g, 176, 248, 164, look.second());
        macaron(g, 186, 180, 156, look.main());
        macaron(g, 178, 112, 150, new Color(0xF6D56E));
    }

    /** A plump shape pointed at top and bottom: one rolled layer of a croissant. */
    private static Shape lens(double x, double y, double w, double h) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y - h / 2);
        p.curveTo(x + w * 0.68, y - h * 0.4, x + w * 0.68, y + h * 0.4, x, y + h / 2);
        p.curveTo(x - w * 0.68, y + h * 0.4, x - w * 0.68, y - h * 0.4, x, y - h / 2);
        p.closePath();
        return p;
    }

    private static double[][] bands(Look look) {
        if (look.has(Detail.CRUST)) {
            return new double[][] {{0, 0.8, 0}, {0.8, 1, 0xB07843}};
        }
        if (look.has(Detail.SHAVINGS)) {
            return new double[][] {{0, 0.16, 1}, {0.16, 0.38, 0}, {0.38, 0.48, 1}, {0.48, 0.7, 0}, {0.7, 0.8, 1},
                {0.8, 1, 0}};
        }
        return new double[][] {{0, 0.14, 1}, {0.14, 0.4, 0}, {0.4, 0.6, 1}, {0.6, 1, 0}};
    }

    private static Shape quad(Point2D a, Point2D b, double from, double to) {
        Path2D p = new Path2D.Double();
        p.moveTo(a.getX(), a.getY() + from);
        p.lineTo(b.getX(), b.getY() + from);
        p.lineTo(b.getX(), b.getY() + to + 0.5);
        p.lineTo(a.getX(), a.getY() + to + 0.5);
        p.closePath();
        return p;
    }

    private static void slices(Graphics2D g, Point2D tip, Point2D right, double depth) {
        for (double t : new double[] {0.14, 0.38, 0.62, 0.86}) {
            double x = tip.getX() + (right.getX() - tip.getX()) * t;
            double y = tip.getY() + (right.getY() - tip.getY()) * t + depth;
            Brush.fill(g, Brush.oval(x, y, 30, 16), new Color(0xD9344C));
            Brush.fill(g, Brush.oval(x, y, 20, 9), new Color(0xF59AA8));
        }
    }

    private static void shavings(Graphics2D g, Look look) {
        double[][] curls = {{150, 162, -20}, {196, 150, 10}, {226, 166, -30}, {178, 178, 24}, {250, 150, 5}};
        for (double[] c : curls) {
            Shape curl = Brush.rotated(Brush.roundBox(c[0], c[1], 30, 11, 11), c[2], c[0], c[1]);
            Brush.vertical(g, curl, new Color(0x8A5638), new Color(0x3A1E13));
            Brush.stroke(g, Brush.rotated(new Line2D.Double(c[0] - 10, c[1] - 2, c[0] + 10, c[1] - 2),
                    c[2], c[0], c[1]), Brush.alpha(Brush.WHITE, 0.35), 1.6);
        }
        Brush.fill(g, Brush.rotated(Brush.oval(150, 176, 40, 9), -16, 150, 176), Brush.alpha(Brush.WHITE, 0.3));
    }

    private static void cookieFace(Graphics2D g, Look look, Ellipse2D face, Random random) {
        Brush.radial(g, face, Brush.light(look.main(), 0.22), Brush.dark(look.main(), 0.12));
        double sx = face.getWidth() / 2;
        double sy = face.getHeight() / 2;
        for (int placed = 0; placed < 11; ) {
            double a = random.nextDouble() * Math.PI * 2;
            double r = 0.15 + random.nextDouble() * 0.62;
            double x = face.getCenterX() + Math.cos(a) * r * sx;
            double y = face.getCenterY() + Math.sin(a) * r * sy;
            double w = 16 + random.nextDouble() * 10;
            Shape chip = Brush.rotated(Brush.roundBox(x, y, w, w * sy / sx * 0.9 + 6, 8), random.nextInt(90), x, y);
            Brush.vertical(g, chip, Brush.light(look.second(), 0.18), look.second());
            placed++;
        }
        Brush.stroke(g, face, Brush.alpha(Brush.dark(look.main(), 0.3), 0.5), 1.5);
    }

    /** A macaron side on, {@code y} at the middle of its filling. */
    private static void macaron(Graphics2D g, double cx, double y, double w, Color shell) {
        Brush.vertical(g, Brush.roundBox(cx, y + 17, w, 28, 26), shell, Brush.dark(shell, 0.16));
        feet(g, cx, y + 5, w - 6, shell);
        Brush.vertical(g, Brush.roundBox(cx, y, w - 16, 13, 12), CREAM, new Color(0xEADCC8));
        feet(g, cx, y - 7, w - 4, shell);
        Path2D dome = new Path2D.Double();
        dome.moveTo(cx - w / 2, y - 9);
        dome.curveTo(cx - w / 2, y - 50, cx + w / 2, y - 50, cx + w / 2, y - 9);
        dome.quadTo(cx, y - 1, cx - w / 2, y - 9);
        Brush.vertical(g, dome, Brush.light(shell, 0.24), Brush.dark(shell, 0.04));
        Brush.fill(g, Brush.oval(cx - w * 0.18, y - 30, w * 0.3, 9), Brush.alpha(Brush.WHITE, 0.45));
    }

    private static void feet(Graphics2D g, double cx, double y, double w, Color shell) {
        for (double x = cx - w / 2 + 5; x <= cx + w / 2 - 5; x += 7) {
            Brush.fill(g, Brush.oval(x, y, 9, 7), Brush.dark(shell, 0.1));
        }
    }
}

/** One image with every item's picture, name and price, a row per category, for the docs. */
final class ContactSheet {

    private static final int TILE = 180;
    private static final int PICTURE = 150;
    private static final int MARGIN = 40;
    private static final int HEADER = 104;
    private static final int ROW = 262;
    private static final String FONT = "Noto Sans CJK KR";
    private static final Color PAPER = new Color(0xFAF6F0);
    private static final Color MUTED = new Color(0x8A7A6C);

    private ContactSheet() {
    }

    static void write(List<Category> categories, Map<Item, BufferedImage> pictures, Path file) throws IOException {
        int columns = categories.stream()
                .mapToInt(c -> (int) pictures.keySet().stream().filter(i -> i.categoryId().equals(c.id())).count())
                .max().orElse(1);
        BufferedImage sheet = new BufferedImage(MARGIN * 2 + columns * TILE, HEADER + categories.size() * ROW + MARGIN / 2,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Brush.open(sheet);
        Brush.fill(g, new Rectangle2D.Double(0, 0, sheet.getWidth(), sheet.getHeight()), PAPER);
        text(g, "메뉴 그림 · Menu art", new Font(FONT, Font.BOLD, 30), Brush.INK, MARGIN, 56);
        text(g, pictures.size() + " items, drawn by tools/MenuArt.java", new Font(FONT, Font.PLAIN, 15), MUTED, MARGIN, 84);
        int y = HEADER;
        for (Category category : categories) {
            text(g, category.ko() + " · " + category.en(), new Font(FONT, Font.BOLD, 19), Brush.INK, MARGIN, y + 26);
            Brush.fill(g, new Rectangle2D.Double(MARGIN, y + 38, sheet.getWidth() - MARGIN * 2, 1.2), new Color(0xE3D8CB));
            int x = MARGIN;
            for (Map.Entry<Item, BufferedImage> e : pictures.entrySet()) {
                if (e.getKey().categoryId().equals(category.id())) {
                    tile(g, e.getKey(), e.getValue(), x, y + 50);
                    x += TILE;
                }
            }
            y += ROW;
        }
        g.dispose();
        ImageIO.write(sheet, "png", file.toFile());
    }

    private static void tile(Graphics2D g, Item item, BufferedImage picture, int x, int y) {
        g.drawImage(scaled(picture, PICTURE), x + (TILE - PICTURE) / 2, y, null);
        int mid = x + TILE / 2;
        centred(g, item.ko(), new Font(FONT, Font.BOLD, 15), Brush.INK, mid, y + PICTURE + 22);
        centred(g, item.en(), new Font(FONT, Font.PLAIN, 12), MUTED, mid, y + PICTURE + 40);
        String price = "₩" + NumberFormat.getIntegerInstance(Locale.KOREA).format(item.priceWon());
        centred(g, price, new Font(FONT, Font.BOLD, 13), new Color(0xB0683A), mid, y + PICTURE + 58);
    }

    /** Halving steps keep the small copy smooth; one bicubic jump from 360 px would alias. */
    private static BufferedImage scaled(BufferedImage source, int size) {
        BufferedImage current = source;
        int w = source.getWidth();
        while (w > size) {
            w = Math.max(size, w / 2);
            BufferedImage next = new BufferedImage(w, w, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = Brush.open(next);
            g.drawImage(current, 0, 0, w, w, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    private static void centred(Graphics2D g, String s, Font font, Color colour, int mid, int baseline) {
        Font fitted = font;
        while (g.getFontMetrics(fitted).stringWidth(s) > TILE - 8 && fitted.getSize() > 9) {
            fitted = fitted.deriveFont(fitted.getSize2D() - 1);
        }
        FontMetrics m = g.getFontMetrics(fitted);
        text(g, s, fitted, colour, mid - m.stringWidth(s) / 2, baseline);
    }

    private static void text(Graphics2D g, String s, Font font, Color colour, int x, int baseline) {
        g.setFont(font);
        g.setColor(colour);
        g.drawString(s, x, baseline);
    }
}

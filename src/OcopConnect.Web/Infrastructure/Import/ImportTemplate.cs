using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Infrastructure.Import;

/// <summary>The files officers download and fill: the same columns as <see cref="ProductImport.Headers"/>, Vietnamese headers.</summary>
public static class ImportTemplate
{
    /// <summary>UTF-8 with a byte-order mark, so Excel opens the Vietnamese headers correctly.</summary>
    public static byte[] Csv() =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(",", ProductImport.Headers) + "\r\n")];

    private static readonly string[][] Help =
    [
        [ "Cột", "Cách ghi" ],
        [ "Mã số thuế", "10 chữ số, hoặc 10 chữ số-3 chữ số với chi nhánh. Dùng để nhận ra chủ thể đã có." ],
        [ "Loại hình", "Doanh nghiệp, Hợp tác xã, Tổ hợp tác, Hộ kinh doanh hoặc Khác." ],
        [ "Tên sản phẩm", "Mỗi chủ thể không có hai sản phẩm trùng tên; dùng để nhận ra sản phẩm đã có." ],
        [ "Mã nhóm sản phẩm", "Mã theo Bộ tiêu chí OCOP 2023 (bảng dưới)." ],
        [ "Giá tham khảo (đồng)", "Số đồng, không ghi đơn vị (ví dụ 95000)." ],
        [ "Số sao", "3, 4 hoặc 5. Để trống cả năm cột chứng nhận nếu sản phẩm chưa được công nhận." ],
        [ "Cấp công nhận", "Huyện (chỉ trước 01/07/2025), Tỉnh hoặc Trung ương (bắt buộc với 5 sao)." ],
        [ "Số quyết định", "Ví dụ 1234/QĐ-UBND. Mỗi quyết định một dòng; dùng để nhận ra chứng nhận đã có." ],
        [ "Ngày quyết định", "dd/mm/yyyy. Chứng nhận có hiệu lực 36 tháng từ ngày này." ],
        [ "Lưu ý", "Không dùng công thức; tệp có công thức sẽ bị từ chối. Nhập lại cùng một tệp không tạo bản ghi trùng." ],
        [ "", "" ],
        [ "Mã nhóm", "Nhóm sản phẩm" ],
    ];

    /// <summary>Sheet 1 "Danh sách" holds only the header row; sheet 2 "Hướng dẫn" explains each column and lists the group codes.</summary>
    public static byte[] Xlsx(IEnumerable<ProductGroup> groups)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "Danh sách", [ProductImport.Headers]);
            var help = new List<string[]>(Help);
            help.AddRange(groups.OrderBy(g => g.Id).Select(g => new[] { g.Code, g.NameVi }));
            AddSheet(workbook, "Hướng dẫn", help);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, IEnumerable<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 0;
        foreach (var cells in rows)
        {
            number++;
            data.Append(new Row(cells.Select((text, i) => new Cell
            {
                CellReference = $"{(char)('A' + i)}{number}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text)),
            })) { RowIndex = number });
        }
        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }
}

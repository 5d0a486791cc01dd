; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_m = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !43

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !64 {
entry:
  %tmp3 = alloca [1 x i64], align 8, !dbg !70
  %tmp2 = alloca [1 x i64], align 8, !dbg !70
  %tmp1 = alloca [1 x i64], align 8, !dbg !70
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !69, metadata !DIExpression()), !dbg !70
  %zero = alloca i32, align 4, !dbg !71
  store i32 0, i32* %zero, align 4, !dbg !71
  %0 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !72
  %1 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !72
  store i64 1, i64* %1, align 8, !dbg !72
  %2 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !72
  %3 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !72
  store i64 0, i64* %3, align 8, !dbg !72
  %4 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %2, i8* nonnull %0, i64 0) #0, !dbg !72
  %5 = icmp slt i64 %4, 0, !dbg !72
  br i1 %5, label %map.full, label %map.stored, !dbg !72

map.full:                                         ; preds = %entry
  %6 = bitcast i32* %zero to i8*, !dbg !72
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %6) #0, !dbg !72
  %.not99 = icmp eq i8* %7, null, !dbg !72
  br i1 %.not99, label %map.stored, label %stat.inc, !dbg !72

map.stored:                                       ; preds = %map.full, %stat.inc, %entry
  store i64 0, i64* %1, align 8, !dbg !73
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !73
  %.not = icmp eq i8* %8, null, !dbg !73
  br i1 %.not, label %map.done, label %map.read, !dbg !73

stat.inc:                                         ; preds = %map.full
  %9 = getelementptr i8, i8* %7, i64 8, !dbg !72
  %10 = bitcast i8* %9 to i64*, !dbg !72
  %11 = load i64, i64* %10, align 8, !dbg !72
  %12 = add i64 %11, 1, !dbg !72
  store i64 %12, i64* %10, align 8, !dbg !72
  br label %map.stored, !dbg !72

map.read:                                         ; preds = %map.stored
  %13 = bitcast i8* %8 to i64*, !dbg !73
  %14 = load i64, i64* %13, align 8, !dbg !73
  br label %map.done, !dbg !73

map.done:                                         ; preds = %map.read, %map.stored
  %15 = phi i64 [ 0, %map.stored ], [ %14, %map.read ], !dbg !73
  %16 = add i64 %15, 3, !dbg !73
  store i64 %16, i64* %3, align 8, !dbg !73
  %17 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !73
  %18 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !73
  store i64 0, i64* %18, align 8, !dbg !73
  %19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !73
  %20 = icmp slt i64 %19, 0, !dbg !73
  br i1 %20, label %map.full4, label %map.stored5, !dbg !73

map.full4:                                        ; preds = %map.done
  %21 = bitcast i32* %zero to i8*, !dbg !73
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !73
  %.not98 = icmp eq i8* %22, null, !dbg !73
  br i1 %.not98, label %map.stored5, label %stat.inc6, !dbg !73

map.stored5:                                      ; preds = %map.full4, %stat.inc6, %map.done
  store i64 0, i64* %1, align 8, !dbg !74
  %23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !74
  %.not75 = icmp eq i8* %23, null, !dbg !74
  br i1 %.not75, label %map.done9, label %map.read8, !dbg !74

stat.inc6:                                        ; preds = %map.full4
  %24 = getelementptr i8, i8* %22, i64 8, !dbg !73
  %25 = bitcast i8* %24 to i64*, !dbg !73
  %26 = load i64, i64* %25, align 8, !dbg !73
  %27 = add i64 %26, 1, !dbg !73
  store i64 %27, i64* %25, align 8, !dbg !73
  br label %map.stored5, !dbg !73

map.read8:                                        ; preds = %map.stored5
  %28 = bitcast i8* %23 to i64*, !dbg !74
  %29 = load i64, i64* %28, align 8, !dbg !74
  br label %map.done9, !dbg !74

map.done9:                                        ; preds = %map.read8, %map.stored5
  %30 = phi i64 [ 0, %map.stored5 ], [ %29, %map.read8 ], !dbg !74
  %31 = add i64 %30, -1, !dbg !74
  store i64 %31, i64* %3, align 8, !dbg !74
  store i64 0, i64* %18, align 8, !dbg !74
  %32 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !74
  %33 = icmp slt i64 %32, 0, !dbg !74
  br i1 %33, label %map.full10, label %map.stored11, !dbg !74

map.full10:                                       ; preds = %map.done9
  %34 = bitcast i32* %zero to i8*, !dbg !74
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !74
  %.not97 = icmp eq i8* %35, null, !dbg !74
  br i1 %.not97, label %map.stored11, label %stat.inc12, !dbg !74

map.stored11:                                     ; preds = %map.full10, %stat.inc12, %map.done9
  store i64 0, i64* %1, align 8, !dbg !75
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !75
  %.not76 = icmp eq i8* %36, null, !dbg !75
  br i1 %.not76, label %map.done15, label %map.read14, !dbg !75

stat.inc12:                                       ; preds = %map.full10
  %37 = getelementptr i8, i8* %35, i64 8, !dbg !74
  %38 = bitcast i8* %37 to i64*, !dbg !74
  %39 = load i64, i64* %38, align 8, !dbg !74
  %40 = add i64 %39, 1, !dbg !74
  store i64 %40, i64* %38, align 8, !dbg !74
  br label %map.stored11, !dbg !74

map.read14:                                       ; preds = %map.stored11
  %41 = bitcast i8* %36 to i64*, !dbg !75
  %42 = load i64, i64* %41, align 8, !dbg !75
  br label %map.done15, !dbg !75

map.done15:                                       ; preds = %map.read14, %map.stored11
  %43 = phi i64 [ 0, %map.stored11 ], [ %42, %map.read14 ], !dbg !75
  %44 = shl i64 %43, 1, !dbg !75
  store i64 %44, i64* %3, align 8, !dbg !75
  store i64 0, i64* %18, align 8, !dbg !75
  %45 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !75
  %46 = icmp slt i64 %45, 0, !dbg !75
  br i1 %46, label %map.full16, label %map.stored17, !dbg !75

map.full16:                                       ; preds = %map.done15
  %47 = bitcast i32* %zero to i8*, !dbg !75
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #0, !dbg !75
  %.not96 = icmp eq i8* %48, null, !dbg !75
  br i1 %.not96, label %map.stored17, label %stat.inc18, !dbg !75

map.stored17:                                     ; preds = %map.full16, %stat.inc18, %map.done15
  store i64 0, i64* %1, align 8, !dbg !76
  %49 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !76
  %.not77 = icmp eq i8* %49, null, !dbg !76
  br i1 %.not77, label %map.done21, label %map.read20, !dbg !76

stat.inc18:                                       ; preds = %map.full16
  %50 = getelementptr i8, i8* %48, i64 8, !dbg !75
  %51 = bitcast i8* %50 to i64*, !dbg !75
  %52 = load i64, i64* %51, align 8, !dbg !75
  %53 = add i64 %52, 1, !dbg !75
  store i64 %53, i64* %51, align 8, !dbg !75
  br label %map.stored17, !dbg !75

map.read20:                                       ; preds = %map.stored17
  %54 = bitcast i8* %49 to i64*, !dbg !76
  %55 = load i64, i64* %54, align 8, !dbg !76
  br label %map.done21, !dbg !76

map.done21:                                       ; preds = %map.read20, %map.stored17
  %56 = phi i64 [ 0, %map.stored17 ], [ %55, %map.read20 ], !dbg !76
  %57 = icmp slt i64 %56, 0, !dbg !76
  %58 = sub i64 0, %56, !dbg !76
  %59 = select i1 %57, i64 %58, i64 %56, !dbg !76
  %60 = udiv i64 %59, 3, !dbg !76
  %61 = sub nsw i64 0, %60, !dbg !76
  %62 = select i1 %57, i64 %61, i64 %60, !dbg !76
  store i64 %62, i64* %3, align 8, !dbg !76
  store i64 0, i64* %18, align 8, !dbg !76
  %63 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !76
  %64 = icmp slt i64 %63, 0, !dbg !76
  br i1 %64, label %map.full22, label %map.stored23, !dbg !76

map.full22:                                       ; preds = %map.done21
  %65 = bitcast i32* %zero to i8*, !dbg !76
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %65) #0, !dbg !76
  %.not95 = icmp eq i8* %66, null, !dbg !76
  br i1 %.not95, label %map.stored23, label %stat.inc24, !dbg !76

map.stored23:                                     ; preds = %map.full22, %stat.inc24, %map.done21
  store i64 0, i64* %1, align 8, !dbg !77
  %67 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !77
  %.not78 = icmp eq i8* %67, null, !dbg !77
  br i1 %.not78, label %map.done27, label %map.read26, !dbg !77

stat.inc24:                                       ; preds = %map.full22
  %68 = getelementptr i8, i8* %66, i64 8, !dbg !76
  %69 = bitcast i8* %68 to i64*, !dbg !76
  %70 = load i64, i64* %69, align 8, !dbg !76
  %71 = add i64 %70, 1, !dbg !76
  store i64 %71, i64* %69, align 8, !dbg !76
  br label %map.stored23, !dbg !76

map.read26:                                       ; preds = %map.stored23
  %72 = bitcast i8* %67 to i64*, !dbg !77
  %73 = load i64, i64* %72, align 8, !dbg !77
  br label %map.done27, !dbg !77

map.done27:                                       ; preds = %map.read26, %map.stored23
  %74 = phi i64 [ 0, %map.stored23 ], [ %73, %map.read26 ], !dbg !77
  %75 = icmp slt i64 %74, 0, !dbg !77
  %76 = sub i64 0, %74, !dbg !77
  %77 = select i1 %75, i64 %76, i64 %74, !dbg !77
  %78 = and i64 %77, 3, !dbg !77
  %79 = sub nsw i64 0, %78, !dbg !77
  %80 = select i1 %75, i64 %79, i64 %78, !dbg !77
  store i64 %80, i64* %3, align 8, !dbg !77
  store i64 0, i64* %18, align 8, !dbg !77
  %81 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !77
  %82 = icmp slt i64 %81, 0, !dbg !77
  br i1 %82, label %map.full28, label %map.stored29, !dbg !77

map.full28:                                       ; preds = %map.done27
  %83 = bitcast i32* %zero to i8*, !dbg !77
  %84 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %83) #0, !dbg !77
  %.not94 = icmp eq i8* %84, null, !dbg !77
  br i1 %.not94, label %map.stored29, label %stat.inc30, !dbg !77

map.stored29:                                     ; preds = %map.full28, %stat.inc30, %map.done27
  store i64 0, i64* %1, align 8, !dbg !78
  %85 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !78
  %.not79 = icmp eq i8* %85, null, !dbg !78
  br i1 %.not79, label %map.done33, label %map.read32, !dbg !78

stat.inc30:                                       ; preds = %map.full28
  %86 = getelementptr i8, i8* %84, i64 8, !dbg !77
  %87 = bitcast i8* %86 to i64*, !dbg !77
  %88 = load i64, i64* %87, align 8, !dbg !77
  %89 = add i64 %88, 1, !dbg !77
  store i64 %89, i64* %87, align 8, !dbg !77
  br label %map.stored29, !dbg !77

map.read32:                                       ; preds = %map.stored29
  %90 = bitcast i8* %85 to i64*, !dbg !78
  %91 = load i64, i64* %90, align 8, !dbg !78
  br label %map.done33, !dbg !78

map.done33:                                       ; preds = %map.read32, %map.stored29
  %92 = phi i64 [ 0, %map.stored29 ], [ %91, %map.read32 ], !dbg !78
  %93 = shl i64 %92, 4, !dbg !78
  store i64 %93, i64* %3, align 8, !dbg !78
  store i64 0, i64* %18, align 8, !dbg !78
  %94 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !78
  %95 = icmp slt i64 %94, 0, !dbg !78
  br i1 %95, label %map.full34, label %map.stored35, !dbg !78

map.full34:                                       ; preds = %map.done33
  %96 = bitcast i32* %zero to i8*, !dbg !78
  %97 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %96) #0, !dbg !78
  %.not93 = icmp eq i8* %97, null, !dbg !78
  br i1 %.not93, label %map.stored35, label %stat.inc36, !dbg !78

map.stored35:                                     ; preds = %map.full34, %stat.inc36, %map.done33
  store i64 0, i64* %1, align 8, !dbg !79
  %98 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !79
  %.not80 = icmp eq i8* %98, null, !dbg !79
  br i1 %.not80, label %map.done39, label %map.read38, !dbg !79

stat.inc36:                                       ; preds = %map.full34
  %99 = getelementptr i8, i8* %97, i64 8, !dbg !78
  %100 = bitcast i8* %99 to i64*, !dbg !78
  %101 = load i64, i64* %100, align 8, !dbg !78
  %102 = add i64 %101, 1, !dbg !78
  store i64 %102, i64* %100, align 8, !dbg !78
  br label %map.stored35, !dbg !78

map.read38:                                       ; preds = %map.stored35
  %103 = bitcast i8* %98 to i64*, !dbg !79
  %104 = load i64, i64* %103, align 8, !dbg !79
  %phi.bo = ashr i64 %104, 1, !dbg !79
  br label %map.done39, !dbg !79

map.done39:                                       ; preds = %map.read38, %map.stored35
  %105 = phi i64 [ 0, %map.stored35 ], [ %phi.bo, %map.read38 ]
  store i64 %105, i64* %3, align 8, !dbg !79
  store i64 0, i64* %18, align 8, !dbg !79
  %106 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !79
  %107 = icmp slt i64 %106, 0, !dbg !79
  br i1 %107, label %map.full40, label %map.stored41, !dbg !79

map.full40:                                       ; preds = %map.done39
  %108 = bitcast i32* %zero to i8*, !dbg !79
  %109 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %108) #0, !dbg !79
  %.not92 = icmp eq i8* %109, null, !dbg !79
  br i1 %.not92, label %map.stored41, label %stat.inc42, !dbg !79

map.stored41:                                     ; preds = %map.full40, %stat.inc42, %map.done39
  store i64 0, i64* %1, align 8, !dbg !80
  %110 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !80
  %.not81 = icmp eq i8* %110, null, !dbg !80
  br i1 %.not81, label %map.done45, label %map.read44, !dbg !80

stat.inc42:                                       ; preds = %map.full40
  %111 = getelementptr i8, i8* %109, i64 8, !dbg !79
  %112 = bitcast i8* %111 to i64*, !dbg !79
  %113 = load i64, i64* %112, align 8, !dbg !79
  %114 = add i64 %113, 1, !dbg !79
  store i64 %114, i64* %112, align 8, !dbg !79
  br label %map.stored41, !dbg !79

map.read44:                                       ; preds = %map.stored41
  %115 = bitcast i8* %110 to i64*, !dbg !80
  %116 = load i64, i64* %115, align 8, !dbg !80
  %phi.bo82 = or i64 %116, 1, !dbg !80
  br label %map.done45, !dbg !80

map.done45:                                       ; preds = %map.read44, %map.stored41
  %117 = phi i64 [ 1, %map.stored41 ], [ %phi.bo82, %map.read44 ]
  store i64 %117, i64* %3, align 8, !dbg !80
  store i64 0, i64* %18, align 8, !dbg !80
  %118 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !80
  %119 = icmp slt i64 %118, 0, !dbg !80
  br i1 %119, label %map.full46, label %map.stored47, !dbg !80

map.full46:                                       ; preds = %map.done45
  %120 = bitcast i32* %zero to i8*, !dbg !80
  %121 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %120) #0, !dbg !80
  %.not91 = icmp eq i8* %121, null, !dbg !80
  br i1 %.not91, label %map.stored47, label %stat.inc48, !dbg !80

map.stored47:                                     ; preds = %map.full46, %stat.inc48, %map.done45
  store i64 0, i64* %1, align 8, !dbg !81
  %122 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !81
  %.not83 = icmp eq i8* %122, null, !dbg !81
  br i1 %.not83, label %map.done51, label %map.read50, !dbg !81

stat.inc48:                                       ; preds = %map.full46
  %123 = getelementptr i8, i8* %121, i64 8, !dbg !80
  %124 = bitcast i8* %123 to i64*, !dbg !80
  %125 = load i64, i64* %124, align 8, !dbg !80
  %126 = add i64 %125, 1, !dbg !80
  store i64 %126, i64* %124, align 8, !dbg !80
  br label %map.stored47, !dbg !80

map.read50:                                       ; preds = %map.stored47
  %127 = bitcast i8* %122 to i64*, !dbg !81
  %128 = load i64, i64* %127, align 8, !dbg !81
  %phi.bo84 = and i64 %128, 15, !dbg !81
  br label %map.done51, !dbg !81

map.done51:                                       ; preds = %map.read50, %map.stored47
  %129 = phi i64 [ 0, %map.stored47 ], [ %phi.bo84, %map.read50 ]
  store i64 %129, i64* %3, align 8, !dbg !81
  store i64 0, i64* %18, align 8, !dbg !81
  %130 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !81
  %131 = icmp slt i64 %130, 0, !dbg !81
  br i1 %131, label %map.full52, label %map.stored53, !dbg !81

map.full52:                                       ; preds = %map.done51
  %132 = bitcast i32* %zero to i8*, !dbg !81
  %133 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %132) #0, !dbg !81
  %.not90 = icmp eq i8* %133, null, !dbg !81
  br i1 %.not90, label %map.stored53, label %stat.inc54, !dbg !81

map.stored53:                                     ; preds = %map.full52, %stat.inc54, %map.done51
  store i64 0, i64* %1, align 8, !dbg !82
  %134 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %0) #0, !dbg !82
  %.not85 = icmp eq i8* %134, null, !dbg !82
  br i1 %.not85, label %map.done57, label %map.read56, !dbg !82

stat.inc54:                                       ; preds = %map.full52
  %135 = getelementptr i8, i8* %133, i64 8, !dbg !81
  %136 = bitcast i8* %135 to i64*, !dbg !81
  %137 = load i64, i64* %136, align 8, !dbg !81
  %138 = add i64 %137, 1, !dbg !81
  store i64 %138, i64* %136, align 8, !dbg !81
  br label %map.stored53, !dbg !81

map.read56:                                       ; preds = %map.stored53
  %139 = bitcast i8* %134 to i64*, !dbg !82
  %140 = load i64, i64* %139, align 8, !dbg !82
  %phi.bo86 = xor i64 %140, 255, !dbg !82
  br label %map.done57, !dbg !82

map.done57:                                       ; preds = %map.read56, %map.stored53
  %141 = phi i64 [ 255, %map.stored53 ], [ %phi.bo86, %map.read56 ]
  store i64 %141, i64* %3, align 8, !dbg !82
  store i64 0, i64* %18, align 8, !dbg !82
  %142 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %17, i8* nonnull %2, i64 0) #0, !dbg !82
  %143 = icmp slt i64 %142, 0, !dbg !82
  br i1 %143, label %map.full58, label %map.stored59, !dbg !82

map.full58:                                       ; preds = %map.done57
  %144 = bitcast i32* %zero to i8*, !dbg !82
  %145 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %144) #0, !dbg !82
  %.not89 = icmp eq i8* %145, null, !dbg !82
  br i1 %.not89, label %map.stored59, label %stat.inc60, !dbg !82

map.stored59:                                     ; preds = %map.full58, %stat.inc60, %map.done57
  %146 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !83
  %.not87 = icmp eq i8* %146, null, !dbg !83
  br i1 %.not87, label %rec.lost, label %rec.fill, !dbg !83

stat.inc60:                                       ; preds = %map.full58
  %147 = getelementptr i8, i8* %145, i64 8, !dbg !82
  %148 = bitcast i8* %147 to i64*, !dbg !82
  %149 = load i64, i64* %148, align 8, !dbg !82
  %150 = add i64 %149, 1, !dbg !82
  store i64 %150, i64* %148, align 8, !dbg !82
  br label %map.stored59, !dbg !82

rec.fill:                                         ; preds = %map.stored59
  %151 = bitcast i8* %146 to i64*, !dbg !83
  store i64 2, i64* %151, align 8, !dbg !83
  %152 = getelementptr i8, i8* %146, i64 8, !dbg !83
  %153 = bitcast i8* %152 to i64*, !dbg !83
  store i64 254, i64* %153, align 8, !dbg !83
  %154 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !83
  %155 = icmp ugt i64 %154, 65536, !dbg !83
  %156 = select i1 %155, i64 2, i64 1, !dbg !83
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %146, i64 %156) #0, !dbg !83
  br label %rec.done, !dbg !83

rec.lost:                                         ; preds = %map.stored59
  %157 = bitcast i32* %zero to i8*, !dbg !83
  %158 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %157) #0, !dbg !83
  %.not88 = icmp eq i8* %158, null, !dbg !83
  br i1 %.not88, label %rec.done, label %stat.inc63, !dbg !83

rec.done:                                         ; preds = %rec.lost, %stat.inc63, %rec.fill
  ret i32 0, !dbg !71

stat.inc63:                                       ; preds = %rec.lost
  %159 = bitcast i8* %158 to i64*, !dbg !83
  %160 = load i64, i64* %159, align 8, !dbg !83
  %161 = add i64 %160, 1, !dbg !83
  store i64 %161, i64* %159, align 8, !dbg !83
  br label %rec.done, !dbg !83
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!62, !63}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !50, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "assign_compound.tp", directory: ".")
!4 = !{!0, !5, !28, !43}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_m", linkageName: "m_m", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !45, isLocal: false, isDefinition: true, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !46)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 320, align: 8, elements: !48)
!47 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!48 = !{!49}
!49 = !DISubrange(count: 40, lowerBound: 0)
!50 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !51)
!51 = !{!52, !57}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !53, size: 64, align: 64)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !55)
!55 = !{!56}
!56 = !DISubrange(count: 27, lowerBound: 0)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !58, size: 64, align: 64, offset: 64)
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64, align: 64, dwarfAddressSpace: 0)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 262144, lowerBound: 0)
!62 = !{i32 2, !"Debug Info Version", i32 3}
!63 = !{i32 2, !"Dwarf Version", i32 4}
!64 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !65, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !68)
!65 = !DISubroutineType(types: !66)
!66 = !{!12, !67}
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !{!69}
!69 = !DILocalVariable(name: "ctx", arg: 1, scope: !64, file: !3, line: 2, type: !67)
!70 = !DILocation(line: 2, scope: !64)
!71 = !DILocation(line: 2, column: 1, scope: !64)
!72 = !DILocation(line: 6, column: 2, scope: !64)
!73 = !DILocation(line: 7, column: 2, scope: !64)
!74 = !DILocation(line: 7, column: 11, scope: !64)
!75 = !DILocation(line: 7, column: 20, scope: !64)
!76 = !DILocation(line: 7, column: 29, scope: !64)
!77 = !DILocation(line: 7, column: 38, scope: !64)
!78 = !DILocation(line: 8, column: 2, scope: !64)
!79 = !DILocation(line: 8, column: 12, scope: !64)
!80 = !DILocation(line: 8, column: 22, scope: !64)
!81 = !DILocation(line: 8, column: 31, scope: !64)
!82 = !DILocation(line: 8, column: 42, scope: !64)
!83 = !DILocation(line: 9, column: 2, scope: !64)

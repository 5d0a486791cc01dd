; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_c = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_m = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !34
@tp_ro = constant [272 x i8] zeroinitializer, section ".rodata", align 8, !dbg !52

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !73 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !79
  %tmp = alloca [1 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !81
  %1 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 112) to i64*), align 8, !dbg !81
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 120) to i64*), align 8, !dbg !81
  %3 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 192) to i64*), align 8, !dbg !81
  %4 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 32) to i64*), align 8, !dbg !81
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 112, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %5, null, !dbg !81
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !81

return:                                           ; preds = %rec.lost10, %stat.inc12, %rec.fill9, %map.stored
  ret i32 0, !dbg !80

rec.fill:                                         ; preds = %entry
  %6 = bitcast i8* %5 to i64*, !dbg !81
  store i64 1, i64* %6, align 8, !dbg !81
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !81
  %8 = bitcast i8* %7 to i64*, !dbg !81
  store i64 %0, i64* %8, align 8, !dbg !81
  %9 = getelementptr i8, i8* %5, i64 16, !dbg !81
  %10 = bitcast i8* %9 to i64*, !dbg !81
  store i64 %1, i64* %10, align 8, !dbg !81
  %11 = getelementptr i8, i8* %5, i64 24, !dbg !81
  %12 = bitcast i8* %11 to i64*, !dbg !81
  store i64 %2, i64* %12, align 8, !dbg !81
  %13 = getelementptr i8, i8* %5, i64 32, !dbg !81
  %14 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 128) to i64*), align 8, !dbg !81
  %15 = bitcast i8* %13 to i64*, !dbg !81
  store i64 %14, i64* %15, align 8, !dbg !81
  %16 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 136) to i64*), align 8, !dbg !81
  %17 = getelementptr i8, i8* %5, i64 40, !dbg !81
  %18 = bitcast i8* %17 to i64*, !dbg !81
  store i64 %16, i64* %18, align 8, !dbg !81
  %19 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 144) to i64*), align 8, !dbg !81
  %20 = getelementptr i8, i8* %5, i64 48, !dbg !81
  %21 = bitcast i8* %20 to i64*, !dbg !81
  store i64 %19, i64* %21, align 8, !dbg !81
  %22 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 152) to i64*), align 8, !dbg !81
  %23 = getelementptr i8, i8* %5, i64 56, !dbg !81
  %24 = bitcast i8* %23 to i64*, !dbg !81
  store i64 %22, i64* %24, align 8, !dbg !81
  %25 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 160) to i64*), align 8, !dbg !81
  %26 = getelementptr i8, i8* %5, i64 64, !dbg !81
  %27 = bitcast i8* %26 to i64*, !dbg !81
  store i64 %25, i64* %27, align 8, !dbg !81
  %28 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 168) to i64*), align 8, !dbg !81
  %29 = getelementptr i8, i8* %5, i64 72, !dbg !81
  %30 = bitcast i8* %29 to i64*, !dbg !81
  store i64 %28, i64* %30, align 8, !dbg !81
  %31 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 176) to i64*), align 8, !dbg !81
  %32 = getelementptr i8, i8* %5, i64 80, !dbg !81
  %33 = bitcast i8* %32 to i64*, !dbg !81
  store i64 %31, i64* %33, align 8, !dbg !81
  %34 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 184) to i64*), align 8, !dbg !81
  %35 = getelementptr i8, i8* %5, i64 88, !dbg !81
  %36 = bitcast i8* %35 to i64*, !dbg !81
  store i64 %34, i64* %36, align 8, !dbg !81
  %37 = getelementptr i8, i8* %5, i64 95, !dbg !81
  store i8 0, i8* %37, align 1, !dbg !81
  %38 = getelementptr i8, i8* %5, i64 96, !dbg !81
  %39 = bitcast i8* %38 to i64*, !dbg !81
  store i64 %3, i64* %39, align 8, !dbg !81
  %40 = getelementptr i8, i8* %5, i64 104, !dbg !81
  %41 = bitcast i8* %40 to i64*, !dbg !81
  store i64 %4, i64* %41, align 8, !dbg !81
  %42 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %43 = icmp ugt i64 %42, 65536, !dbg !81
  %44 = select i1 %43, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %44) #0, !dbg !81
  br label %rec.done, !dbg !81

rec.lost:                                         ; preds = %entry
  %45 = bitcast i32* %zero to i8*, !dbg !81
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %45) #0, !dbg !81
  %.not14 = icmp eq i8* %46, null, !dbg !81
  br i1 %.not14, label %rec.done, label %stat.inc, !dbg !81

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %47 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 136, i64 0) #0, !dbg !82
  %.not15 = icmp eq i8* %47, null, !dbg !82
  br i1 %.not15, label %rec.lost2, label %rec.fill1, !dbg !82

stat.inc:                                         ; preds = %rec.lost
  %48 = bitcast i8* %46 to i64*, !dbg !81
  %49 = load i64, i64* %48, align 8, !dbg !81
  %50 = add i64 %49, 1, !dbg !81
  store i64 %50, i64* %48, align 8, !dbg !81
  br label %rec.done, !dbg !81

rec.fill1:                                        ; preds = %rec.done
  %51 = bitcast i8* %47 to i64*, !dbg !82
  store i64 4294967297, i64* %51, align 8, !dbg !82
  %52 = getelementptr i8, i8* %47, i64 8, !dbg !82
  %53 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 48) to i64*), align 8, !dbg !82
  %54 = bitcast i8* %52 to i64*, !dbg !82
  store i64 %53, i64* %54, align 8, !dbg !82
  %55 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 56) to i64*), align 8, !dbg !82
  %56 = getelementptr i8, i8* %47, i64 16, !dbg !82
  %57 = bitcast i8* %56 to i64*, !dbg !82
  store i64 %55, i64* %57, align 8, !dbg !82
  %58 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 64) to i64*), align 8, !dbg !82
  %59 = getelementptr i8, i8* %47, i64 24, !dbg !82
  %60 = bitcast i8* %59 to i64*, !dbg !82
  store i64 %58, i64* %60, align 8, !dbg !82
  %61 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 72) to i64*), align 8, !dbg !82
  %62 = getelementptr i8, i8* %47, i64 32, !dbg !82
  %63 = bitcast i8* %62 to i64*, !dbg !82
  store i64 %61, i64* %63, align 8, !dbg !82
  %64 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 80) to i64*), align 8, !dbg !82
  %65 = getelementptr i8, i8* %47, i64 40, !dbg !82
  %66 = bitcast i8* %65 to i64*, !dbg !82
  store i64 %64, i64* %66, align 8, !dbg !82
  %67 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 88) to i64*), align 8, !dbg !82
  %68 = getelementptr i8, i8* %47, i64 48, !dbg !82
  %69 = bitcast i8* %68 to i64*, !dbg !82
  store i64 %67, i64* %69, align 8, !dbg !82
  %70 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 96) to i64*), align 8, !dbg !82
  %71 = getelementptr i8, i8* %47, i64 56, !dbg !82
  %72 = bitcast i8* %71 to i64*, !dbg !82
  store i64 %70, i64* %72, align 8, !dbg !82
  %73 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 104) to i64*), align 8, !dbg !82
  %74 = getelementptr i8, i8* %47, i64 64, !dbg !82
  %75 = bitcast i8* %74 to i64*, !dbg !82
  store i64 %73, i64* %75, align 8, !dbg !82
  %76 = getelementptr i8, i8* %47, i64 71, !dbg !82
  store i8 0, i8* %76, align 1, !dbg !82
  %77 = getelementptr i8, i8* %47, i64 72, !dbg !82
  %78 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 200) to i64*), align 8, !dbg !82
  %79 = bitcast i8* %77 to i64*, !dbg !82
  store i64 %78, i64* %79, align 8, !dbg !82
  %80 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 208) to i64*), align 8, !dbg !82
  %81 = getelementptr i8, i8* %47, i64 80, !dbg !82
  %82 = bitcast i8* %81 to i64*, !dbg !82
  store i64 %80, i64* %82, align 8, !dbg !82
  %83 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 216) to i64*), align 8, !dbg !82
  %84 = getelementptr i8, i8* %47, i64 88, !dbg !82
  %85 = bitcast i8* %84 to i64*, !dbg !82
  store i64 %83, i64* %85, align 8, !dbg !82
  %86 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 224) to i64*), align 8, !dbg !82
  %87 = getelementptr i8, i8* %47, i64 96, !dbg !82
  %88 = bitcast i8* %87 to i64*, !dbg !82
  store i64 %86, i64* %88, align 8, !dbg !82
  %89 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 232) to i64*), align 8, !dbg !82
  %90 = getelementptr i8, i8* %47, i64 104, !dbg !82
  %91 = bitcast i8* %90 to i64*, !dbg !82
  store i64 %89, i64* %91, align 8, !dbg !82
  %92 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 240) to i64*), align 8, !dbg !82
  %93 = getelementptr i8, i8* %47, i64 112, !dbg !82
  %94 = bitcast i8* %93 to i64*, !dbg !82
  store i64 %92, i64* %94, align 8, !dbg !82
  %95 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 248) to i64*), align 8, !dbg !82
  %96 = getelementptr i8, i8* %47, i64 120, !dbg !82
  %97 = bitcast i8* %96 to i64*, !dbg !82
  store i64 %95, i64* %97, align 8, !dbg !82
  %98 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 256) to i64*), align 8, !dbg !82
  %99 = getelementptr i8, i8* %47, i64 128, !dbg !82
  %100 = bitcast i8* %99 to i64*, !dbg !82
  store i64 %98, i64* %100, align 8, !dbg !82
  %101 = getelementptr i8, i8* %47, i64 135, !dbg !82
  store i8 0, i8* %101, align 1, !dbg !82
  %102 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %103 = icmp ugt i64 %102, 65536, !dbg !82
  %104 = select i1 %103, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* %47, i64 %104) #0, !dbg !82
  br label %rec.done3, !dbg !82

rec.lost2:                                        ; preds = %rec.done
  %105 = bitcast i32* %zero to i8*, !dbg !82
  %106 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %105) #0, !dbg !82
  %.not16 = icmp eq i8* %106, null, !dbg !82
  br i1 %.not16, label %rec.done3, label %stat.inc4, !dbg !82

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %107 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 112) to i64*), align 8, !dbg !83
  %108 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 120) to i64*), align 8, !dbg !83
  %109 = add i64 %107, %108, !dbg !83
  %110 = bitcast [1 x i64]* %tmp to i8*, !dbg !83
  %111 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !83
  store i64 %109, i64* %111, align 8, !dbg !83
  %112 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !83
  %113 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !83
  %114 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !83
  store i64 %113, i64* %114, align 8, !dbg !83
  %115 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %112, i8* nonnull %110, i64 0) #0, !dbg !83
  %116 = icmp slt i64 %115, 0, !dbg !83
  br i1 %116, label %map.full, label %map.stored, !dbg !83

stat.inc4:                                        ; preds = %rec.lost2
  %117 = bitcast i8* %106 to i64*, !dbg !82
  %118 = load i64, i64* %117, align 8, !dbg !82
  %119 = add i64 %118, 1, !dbg !82
  store i64 %119, i64* %117, align 8, !dbg !82
  br label %rec.done3, !dbg !82

map.full:                                         ; preds = %rec.done3
  %120 = bitcast i32* %zero to i8*, !dbg !83
  %121 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %120) #0, !dbg !83
  %.not19 = icmp eq i8* %121, null, !dbg !83
  br i1 %.not19, label %map.stored, label %stat.inc7, !dbg !83

map.stored:                                       ; preds = %map.full, %stat.inc7, %rec.done3
  %122 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 32) to i64*), align 8, !dbg !84
  %123 = icmp sgt i64 %122, 3, !dbg !84
  br i1 %123, label %if.then, label %return, !dbg !84

stat.inc7:                                        ; preds = %map.full
  %124 = getelementptr i8, i8* %121, i64 16, !dbg !83
  %125 = bitcast i8* %124 to i64*, !dbg !83
  %126 = load i64, i64* %125, align 8, !dbg !83
  %127 = add i64 %126, 1, !dbg !83
  store i64 %127, i64* %125, align 8, !dbg !83
  br label %map.stored, !dbg !83

if.then:                                          ; preds = %map.stored
  %128 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !85
  %.not17 = icmp eq i8* %128, null, !dbg !85
  br i1 %.not17, label %rec.lost10, label %rec.fill9, !dbg !85

rec.fill9:                                        ; preds = %if.then
  %129 = bitcast i8* %128 to i64*, !dbg !85
  store i64 8589934595, i64* %129, align 8, !dbg !85
  %130 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !85
  %131 = icmp ugt i64 %130, 65536, !dbg !85
  %132 = select i1 %131, i64 2, i64 1, !dbg !85
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %128, i64 %132) #0, !dbg !85
  br label %return, !dbg !85

rec.lost10:                                       ; preds = %if.then
  %133 = bitcast i32* %zero to i8*, !dbg !85
  %134 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %133) #0, !dbg !85
  %.not18 = icmp eq i8* %134, null, !dbg !85
  br i1 %.not18, label %return, label %stat.inc12, !dbg !85

stat.inc12:                                       ; preds = %rec.lost10
  %135 = bitcast i8* %134 to i64*, !dbg !85
  %136 = load i64, i64* %135, align 8, !dbg !85
  %137 = add i64 %136, 1, !dbg !85
  store i64 %137, i64* %135, align 8, !dbg !85
  br label %return, !dbg !85
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !86 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !89
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !88, metadata !DIExpression()), !dbg !89
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !90
  %1 = icmp eq i64 %0, 0, !dbg !90
  br i1 %1, label %pid.match, label %pid.filter, !dbg !90

return:                                           ; preds = %pred.true, %agg.have, %pid.match, %pid.filter
  ret i32 0, !dbg !90

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !90
  %3 = lshr i64 %2, 32, !dbg !90
  %4 = icmp eq i64 %3, %0, !dbg !90
  br i1 %4, label %pid.match, label %return, !dbg !90

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !91
  %pid = lshr i64 %5, 32, !dbg !91
  %6 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([272 x i8], [272 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !91
  %7 = icmp eq i64 %pid, %6, !dbg !91
  br i1 %7, label %pred.true, label %return, !dbg !91

pred.true:                                        ; preds = %pid.match
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !92
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !92
  store i32 0, i32* %9, align 8, !dbg !92
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %8) #0, !dbg !92
  %.not = icmp eq i8* %10, null, !dbg !92
  br i1 %.not, label %return, label %agg.have, !dbg !92

agg.have:                                         ; preds = %pred.true
  %11 = bitcast i8* %10 to i64*, !dbg !92
  %12 = load i64, i64* %11, align 8, !dbg !92
  %13 = add i64 %12, 1, !dbg !92
  store i64 %13, i64* %11, align 8, !dbg !92
  br label %return, !dbg !92
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "positional.tp", directory: ".")
!4 = !{!0, !5, !28, !34, !52}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_c", linkageName: "m_c", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "m_m", linkageName: "m_m", scope: !2, file: !3, type: !36, isLocal: false, isDefinition: true, align: 64)
!36 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !37)
!37 = !{!38, !39, !44, !50}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !40, size: 64, align: 64, offset: 64)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 4096, lowerBound: 0)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !45, size: 64, align: 64, offset: 128)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !47)
!47 = !{!48}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !49, size: 64, align: 8)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 192)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !54, isLocal: false, isDefinition: true, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 2176, align: 8, elements: !57)
!56 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!57 = !{!58}
!58 = !DISubrange(count: 272, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 4, type: !74, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 4, type: !76)
!79 = !DILocation(line: 4, scope: !73)
!80 = !DILocation(line: 4, column: 1, scope: !73)
!81 = !DILocation(line: 5, column: 2, scope: !73)
!82 = !DILocation(line: 6, column: 2, scope: !73)
!83 = !DILocation(line: 7, column: 2, scope: !73)
!84 = !DILocation(line: 8, column: 2, scope: !73)
!85 = !DILocation(line: 9, column: 3, scope: !73)
!86 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 12, type: !74, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !87)
!87 = !{!88}
!88 = !DILocalVariable(name: "ctx", arg: 1, scope: !86, file: !3, line: 12, type: !76)
!89 = !DILocation(line: 12, scope: !86)
!90 = !DILocation(line: 12, column: 1, scope: !86)
!91 = !DILocation(line: 12, column: 39, scope: !86)
!92 = !DILocation(line: 12, column: 52, scope: !86)

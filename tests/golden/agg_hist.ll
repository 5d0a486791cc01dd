; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_h = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_hk = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !37
@m_hs = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !60
@tp_ro = constant [576 x i8] zeroinitializer, section ".rodata", align 8, !dbg !62

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !82 {
entry:
  %tmp1 = alloca [2 x i64], align 8, !dbg !88
  %tmp = alloca [1 x i64], align 8, !dbg !88
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !87, metadata !DIExpression()), !dbg !88
  %zero = alloca i32, align 4, !dbg !89
  store i32 0, i32* %zero, align 4, !dbg !89
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !89
  %1 = icmp eq i64 %0, 0, !dbg !89
  br i1 %1, label %pid.match, label %pid.filter, !dbg !89

return:                                           ; preds = %agg.full, %stat.inc, %bucket.done6, %pid.filter
  ret i32 0, !dbg !89

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !89
  %3 = lshr i64 %2, 32, !dbg !89
  %4 = icmp eq i64 %3, %0, !dbg !89
  br i1 %4, label %pid.match, label %return, !dbg !89

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !90
  %6 = bitcast i8* %5 to i64*, !dbg !90
  %7 = load i64, i64* %6, align 8, !dbg !90
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !90
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !90
  store i32 0, i32* %9, align 8, !dbg !90
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_h to i8*), i8* nonnull %8) #0, !dbg !90
  %.not = icmp eq i8* %10, null, !dbg !90
  br i1 %.not, label %agg.done, label %agg.have, !dbg !90

agg.done:                                         ; preds = %bucket.done, %pid.match
  %11 = load i64, i64* %6, align 8, !dbg !91
  %12 = bitcast [2 x i64]* %tmp1 to i8*, !dbg !91
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false), !dbg !91
  %13 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %12, i32 16) #0, !dbg !91
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hk to i8*), i8* nonnull %12) #0, !dbg !91
  %.not7 = icmp eq i8* %14, null, !dbg !91
  br i1 %.not7, label %agg.init, label %agg.have3, !dbg !91

agg.have:                                         ; preds = %pid.match
  %15 = icmp ugt i64 %7, 4294967295, !dbg !90
  %16 = lshr i64 %7, 32, !dbg !90
  %17 = select i1 %15, i64 %16, i64 %7, !dbg !90
  %18 = select i1 %15, i64 32, i64 0, !dbg !90
  %19 = icmp ugt i64 %17, 65535, !dbg !90
  %20 = lshr i64 %17, 16, !dbg !90
  %21 = select i1 %19, i64 %20, i64 %17, !dbg !90
  %22 = or i64 %18, 16, !dbg !90
  %23 = select i1 %19, i64 %22, i64 %18, !dbg !90
  %24 = icmp ugt i64 %21, 255, !dbg !90
  %25 = lshr i64 %21, 8, !dbg !90
  %26 = select i1 %24, i64 %25, i64 %21, !dbg !90
  %27 = or i64 %23, 8, !dbg !90
  %28 = select i1 %24, i64 %27, i64 %23, !dbg !90
  %29 = icmp ugt i64 %26, 15, !dbg !90
  %30 = lshr i64 %26, 4, !dbg !90
  %31 = select i1 %29, i64 %30, i64 %26, !dbg !90
  %32 = or i64 %28, 4, !dbg !90
  %33 = select i1 %29, i64 %32, i64 %28, !dbg !90
  %34 = icmp ugt i64 %31, 3, !dbg !90
  %35 = lshr i64 %31, 2, !dbg !90
  %36 = select i1 %34, i64 %35, i64 %31, !dbg !90
  %37 = add i64 %33, 2, !dbg !90
  %38 = select i1 %34, i64 %37, i64 %33, !dbg !90
  %39 = icmp ugt i64 %36, 1, !dbg !90
  %40 = zext i1 %39 to i64, !dbg !90
  %41 = add i64 %38, %40, !dbg !90
  %42 = add i64 %41, 2, !dbg !90
  %43 = icmp eq i64 %7, 0, !dbg !90
  %44 = select i1 %43, i64 1, i64 %42, !dbg !90
  %45 = icmp slt i64 %7, 0, !dbg !90
  %bucket = select i1 %45, i64 0, i64 %44, !dbg !90
  %46 = icmp ult i64 %bucket, 66, !dbg !90
  br i1 %46, label %bucket.bump, label %bucket.done, !dbg !90

bucket.bump:                                      ; preds = %agg.have
  %47 = shl i64 %bucket, 3, !dbg !90
  %48 = getelementptr i8, i8* %10, i64 %47, !dbg !90
  %49 = bitcast i8* %48 to i64*, !dbg !90
  %50 = load i64, i64* %49, align 8, !dbg !90
  %51 = add i64 %50, 1, !dbg !90
  store i64 %51, i64* %49, align 8, !dbg !90
  br label %bucket.done, !dbg !90

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %52 = getelementptr i8, i8* %10, i64 528, !dbg !90
  %53 = bitcast i8* %52 to i64*, !dbg !90
  %54 = load i64, i64* %53, align 8, !dbg !90
  %55 = add i64 %54, %7, !dbg !90
  store i64 %55, i64* %53, align 8, !dbg !90
  br label %agg.done, !dbg !90

agg.have3:                                        ; preds = %agg.init, %agg.done
  %agg = phi i8* [ %14, %agg.done ], [ %89, %agg.init ], !dbg !91
  %56 = icmp ugt i64 %11, 4294967295, !dbg !91
  %57 = lshr i64 %11, 32, !dbg !91
  %58 = select i1 %56, i64 %57, i64 %11, !dbg !91
  %59 = select i1 %56, i64 32, i64 0, !dbg !91
  %60 = icmp ugt i64 %58, 65535, !dbg !91
  %61 = lshr i64 %58, 16, !dbg !91
  %62 = select i1 %60, i64 %61, i64 %58, !dbg !91
  %63 = or i64 %59, 16, !dbg !91
  %64 = select i1 %60, i64 %63, i64 %59, !dbg !91
  %65 = icmp ugt i64 %62, 255, !dbg !91
  %66 = lshr i64 %62, 8, !dbg !91
  %67 = select i1 %65, i64 %66, i64 %62, !dbg !91
  %68 = or i64 %64, 8, !dbg !91
  %69 = select i1 %65, i64 %68, i64 %64, !dbg !91
  %70 = icmp ugt i64 %67, 15, !dbg !91
  %71 = lshr i64 %67, 4, !dbg !91
  %72 = select i1 %70, i64 %71, i64 %67, !dbg !91
  %73 = or i64 %69, 4, !dbg !91
  %74 = select i1 %70, i64 %73, i64 %69, !dbg !91
  %75 = icmp ugt i64 %72, 3, !dbg !91
  %76 = lshr i64 %72, 2, !dbg !91
  %77 = select i1 %75, i64 %76, i64 %72, !dbg !91
  %78 = add i64 %74, 2, !dbg !91
  %79 = select i1 %75, i64 %78, i64 %74, !dbg !91
  %80 = icmp ugt i64 %77, 1, !dbg !91
  %81 = zext i1 %80 to i64, !dbg !91
  %82 = add i64 %79, %81, !dbg !91
  %83 = add i64 %82, 2, !dbg !91
  %84 = icmp eq i64 %11, 0, !dbg !91
  %85 = select i1 %84, i64 1, i64 %83, !dbg !91
  %86 = icmp slt i64 %11, 0, !dbg !91
  %bucket4 = select i1 %86, i64 0, i64 %85, !dbg !91
  %87 = icmp ult i64 %bucket4, 66, !dbg !91
  br i1 %87, label %bucket.bump5, label %bucket.done6, !dbg !91

agg.init:                                         ; preds = %agg.done
  %88 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hk to i8*), i8* nonnull %12, i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !91
  %89 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hk to i8*), i8* nonnull %12) #0, !dbg !91
  %.not8 = icmp eq i8* %89, null, !dbg !91
  br i1 %.not8, label %agg.full, label %agg.have3, !dbg !91

agg.full:                                         ; preds = %agg.init
  %90 = bitcast i32* %zero to i8*, !dbg !91
  %91 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %90) #0, !dbg !91
  %.not9 = icmp eq i8* %91, null, !dbg !91
  br i1 %.not9, label %return, label %stat.inc, !dbg !91

stat.inc:                                         ; preds = %agg.full
  %92 = getelementptr i8, i8* %91, i64 16, !dbg !91
  %93 = bitcast i8* %92 to i64*, !dbg !91
  %94 = load i64, i64* %93, align 8, !dbg !91
  %95 = add i64 %94, 1, !dbg !91
  store i64 %95, i64* %93, align 8, !dbg !91
  br label %return, !dbg !91

bucket.bump5:                                     ; preds = %agg.have3
  %96 = shl i64 %bucket4, 3, !dbg !91
  %97 = getelementptr i8, i8* %agg, i64 %96, !dbg !91
  %98 = bitcast i8* %97 to i64*, !dbg !91
  %99 = load i64, i64* %98, align 8, !dbg !91
  %100 = add i64 %99, 1, !dbg !91
  store i64 %100, i64* %98, align 8, !dbg !91
  br label %bucket.done6, !dbg !91

bucket.done6:                                     ; preds = %bucket.bump5, %agg.have3
  %101 = getelementptr i8, i8* %agg, i64 528, !dbg !91
  %102 = bitcast i8* %101 to i64*, !dbg !91
  %103 = load i64, i64* %102, align 8, !dbg !91
  %104 = add i64 %103, %11, !dbg !91
  store i64 %104, i64* %102, align 8, !dbg !91
  br label %return, !dbg !91
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_exit_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_read" !dbg !92 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !95
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !94, metadata !DIExpression()), !dbg !95
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !96
  %1 = icmp eq i64 %0, 0, !dbg !96
  br i1 %1, label %pid.match, label %pid.filter, !dbg !96

return:                                           ; preds = %pid.match, %bucket.done, %pid.filter
  ret i32 0, !dbg !96

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !96
  %3 = lshr i64 %2, 32, !dbg !96
  %4 = icmp eq i64 %3, %0, !dbg !96
  br i1 %4, label %pid.match, label %return, !dbg !96

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !97
  %6 = bitcast i8* %5 to i64*, !dbg !97
  %7 = load i64, i64* %6, align 8, !dbg !97
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !97
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !97
  store i32 0, i32* %9, align 8, !dbg !97
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hs to i8*), i8* nonnull %8) #0, !dbg !97
  %.not = icmp eq i8* %10, null, !dbg !97
  br i1 %.not, label %return, label %agg.have, !dbg !97

agg.have:                                         ; preds = %pid.match
  %11 = icmp ugt i64 %7, 4294967295, !dbg !97
  %12 = lshr i64 %7, 32, !dbg !97
  %13 = select i1 %11, i64 %12, i64 %7, !dbg !97
  %14 = select i1 %11, i64 32, i64 0, !dbg !97
  %15 = icmp ugt i64 %13, 65535, !dbg !97
  %16 = lshr i64 %13, 16, !dbg !97
  %17 = select i1 %15, i64 %16, i64 %13, !dbg !97
  %18 = or i64 %14, 16, !dbg !97
  %19 = select i1 %15, i64 %18, i64 %14, !dbg !97
  %20 = icmp ugt i64 %17, 255, !dbg !97
  %21 = lshr i64 %17, 8, !dbg !97
  %22 = select i1 %20, i64 %21, i64 %17, !dbg !97
  %23 = or i64 %19, 8, !dbg !97
  %24 = select i1 %20, i64 %23, i64 %19, !dbg !97
  %25 = icmp ugt i64 %22, 15, !dbg !97
  %26 = lshr i64 %22, 4, !dbg !97
  %27 = select i1 %25, i64 %26, i64 %22, !dbg !97
  %28 = or i64 %24, 4, !dbg !97
  %29 = select i1 %25, i64 %28, i64 %24, !dbg !97
  %30 = icmp ugt i64 %27, 3, !dbg !97
  %31 = lshr i64 %27, 2, !dbg !97
  %32 = select i1 %30, i64 %31, i64 %27, !dbg !97
  %33 = add i64 %29, 2, !dbg !97
  %34 = select i1 %30, i64 %33, i64 %29, !dbg !97
  %35 = icmp ugt i64 %32, 1, !dbg !97
  %36 = zext i1 %35 to i64, !dbg !97
  %37 = add i64 %34, %36, !dbg !97
  %38 = add i64 %37, 2, !dbg !97
  %39 = icmp eq i64 %7, 0, !dbg !97
  %40 = select i1 %39, i64 1, i64 %38, !dbg !97
  %41 = icmp slt i64 %7, 0, !dbg !97
  %bucket = select i1 %41, i64 0, i64 %40, !dbg !97
  %42 = icmp ult i64 %bucket, 66, !dbg !97
  br i1 %42, label %bucket.bump, label %bucket.done, !dbg !97

bucket.bump:                                      ; preds = %agg.have
  %43 = shl i64 %bucket, 3, !dbg !97
  %44 = getelementptr i8, i8* %10, i64 %43, !dbg !97
  %45 = bitcast i8* %44 to i64*, !dbg !97
  %46 = load i64, i64* %45, align 8, !dbg !97
  %47 = add i64 %46, 1, !dbg !97
  store i64 %47, i64* %45, align 8, !dbg !97
  br label %bucket.done, !dbg !97

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %48 = getelementptr i8, i8* %10, i64 528, !dbg !97
  %49 = bitcast i8* %48 to i64*, !dbg !97
  %50 = load i64, i64* %49, align 8, !dbg !97
  %51 = add i64 %50, %7, !dbg !97
  store i64 %51, i64* %49, align 8, !dbg !97
  br label %return, !dbg !97
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!80, !81}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "agg_hist.tp", directory: ".")
!4 = !{!0, !5, !28, !37, !60, !62}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_h", linkageName: "m_h", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 4288, align: 64, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 67, lowerBound: 0)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "m_hk", linkageName: "m_hk", scope: !2, file: !3, type: !39, isLocal: false, isDefinition: true, align: 64)
!39 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !40)
!40 = !{!41, !46, !51, !32}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !42, size: 64, align: 64)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !44)
!44 = !{!45}
!45 = !DISubrange(count: 5, lowerBound: 0)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !47, size: 64, align: 64, offset: 64)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 4096, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 128)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !54)
!54 = !{!55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !56, size: 128, align: 8)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 128, align: 8, elements: !58)
!57 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!58 = !{!59}
!59 = !DISubrange(count: 16, lowerBound: 0)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "m_hs", linkageName: "m_hs", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !64, isLocal: false, isDefinition: true, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !65)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 4608, align: 8, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 576, lowerBound: 0)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !69)
!69 = !{!70, !75}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !71, size: 64, align: 64)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !73)
!73 = !{!74}
!74 = !DISubrange(count: 27, lowerBound: 0)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !76, size: 64, align: 64, offset: 64)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 262144, lowerBound: 0)
!80 = !{i32 2, !"Debug Info Version", i32 3}
!81 = !{i32 2, !"Dwarf Version", i32 4}
!82 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !83, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!83 = !DISubroutineType(types: !84)
!84 = !{!12, !85}
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !{!87}
!87 = !DILocalVariable(name: "ctx", arg: 1, scope: !82, file: !3, line: 2, type: !85)
!88 = !DILocation(line: 2, scope: !82)
!89 = !DILocation(line: 2, column: 1, scope: !82)
!90 = !DILocation(line: 3, column: 2, scope: !82)
!91 = !DILocation(line: 4, column: 2, scope: !82)
!92 = distinct !DISubprogram(name: "tp1_sys_exit_read", linkageName: "tp1_sys_exit_read", scope: !3, file: !3, line: 6, type: !83, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !93)
!93 = !{!94}
!94 = !DILocalVariable(name: "ctx", arg: 1, scope: !92, file: !3, line: 6, type: !85)
!95 = !DILocation(line: 6, scope: !92)
!96 = !DILocation(line: 6, column: 1, scope: !92)
!97 = !DILocation(line: 7, column: 2, scope: !92)
